package no.baerekraftsjekk.ui.library;

import no.baerekraftsjekk.domain.Messages;
import no.baerekraftsjekk.domain.history.AssessmentDiff.Change;
import no.baerekraftsjekk.domain.history.AssessmentDiff.Field;

/** The words for one change between two versions: where, what, from and to. */
final class ChangeDescriptions {
    private static final int SHORT = 80;

    private ChangeDescriptions() {
    }

    static String describe(Change change) {
        String where = switch (change.area()) {
            case GOAL -> Messages.get("council.history.goal", change.place());
            case DIMENSION -> value("report.dimension." + change.place(), change.place());
            case CONFLICT -> Messages.get("council.history.conflict", change.place().replace("-", " og "));
            case CASE, SUMMARY -> "";
        };
        String what = Messages.get("council.history.field." + change.field().name());
        String label = where.isEmpty() ? what : where + ", " + what.toLowerCase(java.util.Locale.ROOT);
        return Messages.get("council.history.change", label, shown(change.field(), change.before()), shown(change.field(), change.after()));
    }

    private static String shown(Field field, String raw) {
        if (raw.isEmpty()) {
            return Messages.get("council.history.empty");
        }
        String text = switch (field) {
            case POSITIVE, NEGATIVE -> value("report.effect." + raw, raw);
            case RELEVANCE -> value("report.relevance." + raw, raw);
            case CERTAINTY -> value("report.certainty." + raw, raw);
            case HORIZON -> value("report.horizon." + raw, raw);
            case STATUS -> value("report.status." + raw, raw);
            case CASE_TYPE -> value("report.caseType." + raw, raw);
            case ASSESSED -> Messages.get("council.history.assessed");
            default -> raw;
        };
        String oneLine = text.replaceAll("\\s+", " ").strip();
        return "«" + (oneLine.length() > SHORT ? oneLine.substring(0, SHORT) + " …" : oneLine) + "»";
    }

    private static String value(String key, String fallback) {
        try {
            return Messages.get(key);
        } catch (IllegalStateException e) {
            return fallback;
        }
    }

}
