package no.baerekraftsjekk.report;

import java.util.Locale;

/**
 * One goal's bar in the summary chart.
 *
 * @param state whether the goal is rated, judged not relevant or not assessed
 * @param stateLabel the text shown instead of bars when the goal is not rated ("Ikke relevant",
 *     "Ikke vurdert"); empty when rated
 * @param confidence how sure the rating is; a bar of low certainty or «vet ikke» is drawn with a
 *     pattern or an outline, so the mark survives black-and-white printing
 * @param confidenceLabel "lav sikkerhet" or "vet ikke"; empty when the rating is not marked
 */
public record GoalEffect(int goal, String title, String colour, String textColour,
                         int positive, int negative, State state, String stateLabel,
                         Confidence confidence, String confidenceLabel) {

    public enum State {
        RATED,
        NOT_RELEVANT,
        NOT_ASSESSED
    }

    /** How far the caseworker trusts the rating, as far as the report marks it. */
    public enum Confidence {
        /** Medium, high or not given: drawn as a plain bar. */
        PLAIN,
        LOW,
        /** «Vet ikke»: the effect cannot be judged with what is known today. */
        UNKNOWN
    }

    /** The label of the goal's row in the chart: number, title and, when not rated or not sure, why. */
    public String categoryLabel() {
        String base = goal + " " + title;
        if (state != State.RATED) {
            return base + " (" + stateLabel.toLowerCase(Locale.ROOT) + ")";
        }
        return confidence == Confidence.PLAIN ? base : base + " (" + confidenceLabel + ")";
    }
}
