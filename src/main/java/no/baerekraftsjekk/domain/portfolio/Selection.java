package no.baerekraftsjekk.domain.portfolio;

import java.util.Set;
import java.util.function.Predicate;
import no.baerekraftsjekk.domain.Dimension;
import no.baerekraftsjekk.domain.analysis.Conflict;
import no.baerekraftsjekk.domain.profile.EffectDirection;
import no.baerekraftsjekk.domain.profile.LocalGoal;
import no.baerekraftsjekk.domain.profile.LocalGoalReach;

/**
 * Which cases stand behind one number of the portfolio. Each count the portfolio shows is the number
 * of entries its selection accepts, so clicking a number lists exactly the cases that were counted
 * (a test holds the calculator to that).
 */
public sealed interface Selection extends Predicate<PortfolioEntry> {

    /** Every case in the portfolio. */
    record All() implements Selection {
        @Override
        public boolean test(PortfolioEntry e) {
            return true;
        }
    }

    /** Cases that rate a goal at exactly this level on this side. */
    record GoalEffect(int goal, Side side, int level) implements Selection {
        @Override
        public boolean test(PortfolioEntry e) {
            return e.effect(goal, side) == level;
        }
    }

    /** Cases that rate a goal above zero on this side, whatever the level. */
    record GoalAnyEffect(int goal, Side side) implements Selection {
        @Override
        public boolean test(PortfolioEntry e) {
            return e.effect(goal, side) > 0;
        }
    }

    /** Cases where the goal was assessed and judged not relevant. */
    record GoalNotRelevant(int goal) implements Selection {
        @Override
        public boolean test(PortfolioEntry e) {
            return e.notRelevant(goal);
        }
    }

    /** Cases whose dimension reaches exactly this level on this side. */
    record DimensionEffect(Dimension dimension, Side side, int level) implements Selection {
        @Override
        public boolean test(PortfolioEntry e) {
            return e.dimensionEffect(dimension, side) == level;
        }
    }

    /** Cases with a detected conflict between these two goals (lower first). */
    record ConflictPair(int lowerGoal, int higherGoal) implements Selection {
        @Override
        public boolean test(PortfolioEntry e) {
            for (Conflict c : e.goalConflicts()) {
                if (c.goals().get(0) == lowerGoal && c.goals().get(1) == higherGoal) {
                    return true;
                }
            }
            return false;
        }
    }

    /** Cases with at least one conflict of severity 2 or more not yet weighed. */
    record UnhandledSevere() implements Selection {
        @Override
        public boolean test(PortfolioEntry e) {
            return !e.unhandledSevereConflicts().isEmpty();
        }
    }

    record InStage(Stage stage) implements Selection {
        @Override
        public boolean test(PortfolioEntry e) {
            return e.stage() == stage;
        }
    }

    /** Cases with any effect on this side, on any goal. */
    record AnyEffect(Side side) implements Selection {
        @Override
        public boolean test(PortfolioEntry e) {
            return e.anyEffect(side);
        }
    }

    /** Cases under one unit, committee or organisation, by {@link NameKey}. */
    record InGroup(Grouping grouping, String key) implements Selection {
        @Override
        public boolean test(PortfolioEntry e) {
            return grouping.keyOf(e).equals(key);
        }
    }

    /** Cases in one quarter or year. */
    record InPeriod(TrendInterval interval, String key) implements Selection {
        @Override
        public boolean test(PortfolioEntry e) {
            return e.periodKey(interval).equals(key);
        }
    }

    /** Cases both selections accept: a number in a row of the unit table, for instance. */
    record Both(Selection first, Selection second) implements Selection {
        @Override
        public boolean test(PortfolioEntry e) {
            return first.test(e) && second.test(e);
        }
    }

    /** Exempt cases: counted, and never named in an export. */
    record Exempt() implements Selection {
        @Override
        public boolean test(PortfolioEntry e) {
            return e.exempt();
        }
    }

    /**
     * Cases that touch one of the council's local goals, by the rule of the case report's
     * «Kommuneplanens mål» ({@link LocalGoalReach}), with the ratings behind it pointing one of these ways.
     */
    record TouchesLocalGoal(LocalGoal goal, Set<EffectDirection> directions) implements Selection {
        public TouchesLocalGoal {
            directions = Set.copyOf(directions);
        }

        @Override
        public boolean test(PortfolioEntry e) {
            return LocalGoalReach.touched(goal, e.goalRatings()).filter(t -> directions.contains(t.direction())).isPresent();
        }
    }
}
