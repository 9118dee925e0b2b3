package no.baerekraftsjekk.report;

/**
 * One goal's bar in the summary chart.
 *
 * @param state whether the goal is rated, judged not relevant or not assessed
 * @param stateLabel the text shown instead of bars when the goal is not rated ("Ikke relevant",
 *     "Ikke vurdert"); empty when rated
 */
public record GoalEffect(int goal, String title, String colour, String textColour,
                         int positive, int negative, State state, String stateLabel) {

    public enum State {
        RATED,
        NOT_RELEVANT,
        NOT_ASSESSED
    }

    /** The label of the goal's row in the chart: number, title and, when not rated, why not. */
    public String categoryLabel() {
        return state == State.RATED ? goal + " " + title : goal + " " + title + " (" + stateLabel.toLowerCase(java.util.Locale.ROOT) + ")";
    }
}
