package no.baerekraftsjekk.storage.council;

import java.sql.Array;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The users of the council library and their roles, kept in the database. Changes go through the
 * database function baerekraft_manage_user, which refuses anyone but an administrator or IT, makes
 * the login a member of its role's group, and writes the audit trail.
 */
public final class CouncilUsers {
    private final PostgresLibrary library;

    public CouncilUsers(PostgresLibrary library) {
        this.library = library;
    }

    /** The connected user, as the database knows them; empty when not registered (IT's own login). */
    public Optional<LibraryUser> me() {
        return library.read(db -> {
            try (PreparedStatement query = db.prepareStatement(SELECT + " WHERE p.login = current_user GROUP BY p.login ORDER BY p.login")) {
                return rows(query).stream().findFirst();
            }
        });
    }

    public Optional<LibraryUser> find(String login) {
        return library.read(db -> {
            try (PreparedStatement query = db.prepareStatement(SELECT + " WHERE p.login = ? GROUP BY p.login ORDER BY p.login")) {
                query.setString(1, login);
                return rows(query).stream().findFirst();
            }
        });
    }

    public List<LibraryUser> list() {
        return library.read(db -> {
            try (PreparedStatement query = db.prepareStatement(SELECT + " GROUP BY p.login ORDER BY p.login")) {
                return rows(query);
            }
        });
    }

    /** Registers a new user; refused when the login is registered already. */
    public void add(String login, String name, LibraryRole role, List<String> units) {
        manage("add", login, name, role, units);
    }

    /** Changes a registered user's role; a name or units given replace the old, null keeps them. */
    public void set(String login, String name, LibraryRole role, List<String> units) {
        manage("set", login, name, role, units);
    }

    /** Takes the user out of the library (their login role stays: it is IT's). */
    public void remove(String login) {
        manage("remove", login, null, null, null);
    }

    private void manage(String mode, String login, String name, LibraryRole role, List<String> units) {
        library.write(db -> {
            try (PreparedStatement call = db.prepareStatement("SELECT baerekraft_manage_user(?, ?, ?, ?, ?)")) {
                call.setString(1, mode);
                call.setString(2, login);
                call.setString(3, name);
                call.setString(4, role == null ? null : role.name());
                call.setArray(5, units == null ? null : db.createArrayOf("text", units.toArray()));
                call.execute();
            }
            return null;
        });
    }

    private static final String SELECT = "SELECT p.login, p.name, p.role, array_remove(array_agg(u.unit ORDER BY u.unit), NULL) "
            + "FROM library_user p LEFT JOIN library_user_unit u ON u.login = p.login";

    private static List<LibraryUser> rows(PreparedStatement query) throws SQLException {
        Map<String, LibraryUser> users = new LinkedHashMap<>();
        try (ResultSet row = query.executeQuery()) {
            while (row.next()) {
                users.put(row.getString(1), new LibraryUser(row.getString(1), row.getString(2),
                        LibraryRole.valueOf(row.getString(3)), strings(row.getArray(4))));
            }
        }
        return new ArrayList<>(users.values());
    }

    static List<String> strings(Array array) throws SQLException {
        if (array == null) {
            return List.of();
        }
        Object[] values = (Object[]) array.getArray();
        List<String> result = new ArrayList<>();
        for (Object value : values) {
            result.add((String) value);
        }
        return result;
    }
}
