package no.baerekraftsjekk.domain.portfolio;

/** A goal pair and how many cases have a conflict between the two. */
public record PairCount(int lowerGoal, int higherGoal, int cases) {

    public Selection selection() {
        return new Selection.ConflictPair(lowerGoal, higherGoal);
    }
}
