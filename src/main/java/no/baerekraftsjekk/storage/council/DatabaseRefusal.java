package no.baerekraftsjekk.storage.council;

import java.util.Optional;
import no.baerekraftsjekk.domain.text.Message;

/**
 * The council library's own refusals (migration V3 raises them with SQLSTATEs BK0xx) and a
 * refused right (42501), as the Norwegian message that says what is not allowed and why.
 */
final class DatabaseRefusal {
    private DatabaseRefusal() {
    }

    static Optional<Message> of(String sqlState, String server) {
        String key = switch (String.valueOf(sqlState)) {
            case "BK001" -> "roles.refused.ownApproval";
            case "BK002" -> "roles.refused.notComplete";
            case "BK003" -> "roles.refused.notLeader";
            case "BK004" -> "roles.refused.approvedChanged";
            case "BK005" -> "roles.refused.arrivesReviewed";
            case "BK006" -> "roles.refused.databaseColumns";
            case "BK007" -> "roles.refused.ownerNamesColleagues";
            case "BK008" -> "roles.refused.reviewerName";
            case "BK009" -> "roles.refused.auditAppendOnly";
            case "BK010" -> "roles.refused.notAdministrator";
            case "BK011" -> "roles.refused.userExists";
            case "BK012" -> "roles.refused.noSuchUser";
            case "BK013" -> "roles.refused.badUser";
            case "BK014" -> "roles.refused.self";
            case "BK015" -> "roles.refused.colleagueNotUser";
            case "BK016" -> "profile.refused.notAdministrator";
            case "42501" -> "roles.refused.denied";
            default -> null;
        };
        return key == null ? Optional.empty() : Optional.of(Message.of(key, server));
    }
}
