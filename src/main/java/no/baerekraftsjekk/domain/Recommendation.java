package no.baerekraftsjekk.domain;

import java.util.Objects;

/**
 * Which alternative of a case the caseworker recommends, and why (format version 2). The alternative
 * is named by its label; an empty label means none is chosen yet, so a reason already written is
 * kept when its alternative is removed.
 */
public record Recommendation(String alternative, String reason) {

    public Recommendation {
        alternative = Objects.requireNonNullElse(alternative, "");
        reason = Objects.requireNonNullElse(reason, "");
    }

    public boolean isChosen() {
        return !alternative.isBlank();
    }

    public boolean hasReason() {
        return !reason.isBlank();
    }

    public Recommendation withAlternative(String value) {
        return new Recommendation(value, reason);
    }

    public Recommendation withReason(String value) {
        return new Recommendation(alternative, value);
    }
}
