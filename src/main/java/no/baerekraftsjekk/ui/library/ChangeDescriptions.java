package no.baerekraftsjekk.ui.library;

import no.baerekraftsjekk.domain.Certainty;
import no.baerekraftsjekk.domain.CaseType;
import no.baerekraftsjekk.domain.Dimension;
import no.baerekraftsjekk.domain.Horizon;
import no.baerekraftsjekk.domain.Relevance;
import no.baerekraftsjekk.domain.Status;
import no.baerekraftsjekk.domain.text.Texts;
import no.baerekraftsjekk.domain.history.AssessmentDiff.Change;
import no.baerekraftsjekk.domain.history.AssessmentDiff.Field;

/** The words for one change between two versions: where, what, from and to. */
final class ChangeDescriptions {
    private static final int SHORT = 80;

    private final Texts texts;

    ChangeDescriptions(Texts texts) {
        this.texts = texts;
    }

    String describe(Change change) {
        String where = switch (change.area()) {
            case GOAL -> texts.get("council.history.goal", change.place());
            case DIMENSION -> texts.longName(Dimension.valueOf(change.place()));
            case CONFLICT -> texts.get("council.history.conflict", change.place().replace("-", " og "));
            case CASE, SUMMARY -> "";
        };
        String what = texts.get("council.history.field." + change.field().name());
        String label = where.isEmpty() ? what : where + ", " + what.toLowerCase(java.util.Locale.ROOT);
        return texts.get("council.history.change", label, shown(change.field(), change.before()), shown(change.field(), change.after()));
    }

    private String shown(Field field, String raw) {
        if (raw.isEmpty()) {
            return texts.get("council.history.empty");
        }
        String text = switch (field) {
            case POSITIVE, NEGATIVE -> texts.effectLong(Integer.parseInt(raw));
            case RELEVANCE -> texts.longName(Relevance.valueOf(raw));
            case CERTAINTY -> texts.longName(Certainty.valueOf(raw));
            case HORIZON -> texts.longName(Horizon.valueOf(raw));
            case STATUS -> texts.longName(Status.valueOf(raw));
            case CASE_TYPE -> texts.longName(CaseType.valueOf(raw));
            case ASSESSED -> texts.get("council.history.assessed");
            default -> raw;
        };
        String oneLine = text.replaceAll("\\s+", " ").strip();
        return "«" + (oneLine.length() > SHORT ? oneLine.substring(0, SHORT) + " …" : oneLine) + "»";
    }
}
