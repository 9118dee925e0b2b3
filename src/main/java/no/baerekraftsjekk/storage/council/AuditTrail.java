package no.baerekraftsjekk.storage.council;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * The audit trail of the council library: who opened, exported or changed an exempt assessment, and
 * who changed roles. The database writes who and when itself; changes and role changes are written
 * by its triggers, opens and exports by {@link PostgresLibrary}. Only administrators can read it.
 */
public final class AuditTrail {
    private final PostgresLibrary library;

    public AuditTrail(PostgresLibrary library) {
        this.library = library;
    }

    /** Which events to list; every part optional. {@code from} inclusive, {@code to} exclusive. */
    public record Filter(Optional<Instant> from, Optional<Instant> to, Optional<String> login, OptionalLong assessmentId, int limit) {
        public static Filter all() {
            return new Filter(Optional.empty(), Optional.empty(), Optional.empty(), OptionalLong.empty(), 1000);
        }
    }

    /** The events that match, newest first. */
    public List<AuditEvent> list(Filter filter) {
        StringBuilder sql = new StringBuilder("SELECT id, at, login, action, assessment_id, detail FROM audit_event WHERE true");
        List<Object> values = new ArrayList<>();
        filter.from().ifPresent(at -> {
            sql.append(" AND at >= ?");
            values.add(PostgresLibrary.at(at));
        });
        filter.to().ifPresent(at -> {
            sql.append(" AND at < ?");
            values.add(PostgresLibrary.at(at));
        });
        filter.login().ifPresent(login -> {
            sql.append(" AND login = ?");
            values.add(login);
        });
        filter.assessmentId().ifPresent(id -> {
            sql.append(" AND assessment_id = ?");
            values.add(id);
        });
        sql.append(" ORDER BY at DESC, id DESC LIMIT ?");
        values.add(filter.limit());
        return library.read(db -> {
            try (PreparedStatement query = db.prepareStatement(sql.toString())) {
                for (int i = 0; i < values.size(); i++) {
                    query.setObject(i + 1, values.get(i));
                }
                List<AuditEvent> events = new ArrayList<>();
                try (ResultSet row = query.executeQuery()) {
                    while (row.next()) {
                        long assessment = row.getLong(5);
                        OptionalLong id = row.wasNull() ? OptionalLong.empty() : OptionalLong.of(assessment);
                        events.add(new AuditEvent(row.getLong(1), PostgresLibrary.instant(row, 2), row.getString(3),
                                row.getString(4), id, row.getString(6)));
                    }
                }
                return events;
            }
        });
    }
}
