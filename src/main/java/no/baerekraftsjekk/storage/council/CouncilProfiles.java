package no.baerekraftsjekk.storage.council;

import java.nio.charset.StandardCharsets;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import no.baerekraftsjekk.domain.profile.CouncilOrigin;
import no.baerekraftsjekk.domain.profile.ProfilePackage;
import no.baerekraftsjekk.domain.text.Message;
import no.baerekraftsjekk.storage.LibraryException;

/**
 * The council's profile kept in the council library (migration V4): read by everyone connected,
 * changed only by an administrator or IT, which the database itself enforces (grants, row-level
 * security and a trigger that also stamps who and when, and audits the change). The caller checks
 * a profile before it is put here: the database stores what it is given, whole or not at all.
 */
public final class CouncilProfiles {
    private final PostgresLibrary library;

    public CouncilProfiles(PostgresLibrary library) {
        this.library = library;
    }

    /** The profile stored, with who put it there and when. */
    public record Stored(ProfilePackage files, String digest, CouncilOrigin.Stamp stamp) {
    }

    /** What is stored, without the files: cheap, so a start fetches the files only when they changed. */
    public record Summary(String digest, CouncilOrigin.Stamp stamp) {
    }

    public Optional<Summary> summary() {
        return library.read(db -> {
            try (Statement query = db.createStatement();
                    ResultSet row = query.executeQuery("SELECT digest, stored_by, stored_at FROM council_profile")) {
                return row.next() ? Optional.of(new Summary(row.getString(1), stamp(row, 2))) : Optional.empty();
            }
        });
    }

    /** Whether the connected user may change the profile: an administrator, or IT (the database decides). */
    public boolean mayChange() {
        return library.read(db -> {
            try (Statement query = db.createStatement(); ResultSet row = query.executeQuery("SELECT baerekraft_is_administrator()")) {
                return row.next() && row.getBoolean(1);
            }
        });
    }

    /** The whole profile, read in one transaction so its file and its files belong together. */
    public Optional<Stored> read() {
        return library.write(db -> {
            String profile;
            String digest;
            CouncilOrigin.Stamp stamp;
            try (Statement query = db.createStatement();
                    ResultSet row = query.executeQuery("SELECT profile, digest, stored_by, stored_at FROM council_profile")) {
                if (!row.next()) {
                    return Optional.empty();
                }
                profile = row.getString(1);
                digest = row.getString(2);
                stamp = stamp(row, 3);
            }
            Map<String, byte[]> files = new LinkedHashMap<>();
            try (Statement query = db.createStatement();
                    ResultSet row = query.executeQuery("SELECT name, content FROM council_profile_file ORDER BY name")) {
                while (row.next()) {
                    files.put(row.getString(1), row.getBytes(2));
                }
            }
            return Optional.of(new Stored(new ProfilePackage(profile.getBytes(StandardCharsets.UTF_8), files), digest, stamp));
        });
    }

    /** Replaces the stored profile and its files in one transaction; refused unless an administrator or IT. */
    public void put(ProfilePackage profile) {
        refusedSaid(() -> library.write(db -> {
            try (Statement clear = db.createStatement()) {
                clear.executeUpdate("DELETE FROM council_profile_file");
            }
            try (PreparedStatement upsert = db.prepareStatement("INSERT INTO council_profile (id, profile, digest) VALUES (true, ?, ?) "
                    + "ON CONFLICT (id) DO UPDATE SET profile = excluded.profile, digest = excluded.digest")) {
                upsert.setString(1, profile.profileText());
                upsert.setString(2, profile.digest());
                upsert.executeUpdate();
            }
            try (PreparedStatement insert = db.prepareStatement("INSERT INTO council_profile_file (name, content) VALUES (?, ?)")) {
                for (String name : profile.files().keySet()) {
                    insert.setString(1, name);
                    insert.setBytes(2, profile.file(name));
                    insert.addBatch();
                }
                insert.executeBatch();
            }
            return null;
        }));
    }

    /** Takes the profile out: everyone goes back to the file on their machine, or the built-in defaults. */
    public boolean remove() {
        return refusedSaid(() -> library.write(db -> {
            try (Statement clear = db.createStatement()) {
                clear.executeUpdate("DELETE FROM council_profile_file");
                return clear.executeUpdate("DELETE FROM council_profile") > 0;
            }
        }));
    }

    /** A refusal (no right, or not an administrator) said as what it is about: the profile. */
    private <T> T refusedSaid(Supplier<T> change) {
        try {
            return change.get();
        } catch (LibraryException e) {
            if (e.getCause() instanceof SQLException sql && ("42501".equals(sql.getSQLState()) || "BK016".equals(sql.getSQLState()))) {
                throw new LibraryException(Message.of("profile.refused.notAdministrator", library.describe()), e.getCause());
            }
            throw e;
        }
    }

    private static CouncilOrigin.Stamp stamp(ResultSet row, int first) throws SQLException {
        return new CouncilOrigin.Stamp(row.getString(first), PostgresLibrary.instant(row, first + 1));
    }
}
