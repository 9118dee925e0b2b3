package no.baerekraftsjekk.storage.council;

import java.time.Instant;
import java.util.OptionalLong;

/**
 * One line of the audit trail: who did what and when (the server's clock).
 *
 * @param action OPENED, EXPORTED, CREATED, CHANGED, DELETED (of an exempt assessment), USER_ADDED,
 *     ROLE_CHANGED, USER_REMOVED
 */
public record AuditEvent(long id, Instant at, String login, String action, OptionalLong assessmentId, String detail) {
}
