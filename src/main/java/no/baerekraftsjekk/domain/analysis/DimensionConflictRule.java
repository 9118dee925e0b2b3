package no.baerekraftsjekk.domain.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import no.baerekraftsjekk.domain.Dimension;

/**
 * Rule 4: a dimension conflict when one dimension gains clearly (positive ≥ 2) and another loses
 * clearly (negative ≥ 2). It has no handling of its own: it counts as handled when every goal
 * conflict of severity ≥ 2 between the two dimensions is handled, since those are what it rests on.
 */
final class DimensionConflictRule {
    static final int CLEAR = 2;

    private final GoalDimensions dimensions;

    DimensionConflictRule(GoalDimensions dimensions) {
        this.dimensions = dimensions;
    }

    List<Conflict> detect(Map<Dimension, DimensionLevel> levels, List<Conflict> goalConflicts) {
        List<Conflict> conflicts = new ArrayList<>();
        Dimension[] all = Dimension.values();
        for (int i = 0; i < all.length; i++) {
            for (int j = i + 1; j < all.length; j++) {
                DimensionLevel d = levels.get(all[i]);
                DimensionLevel e = levels.get(all[j]);
                boolean clear = d.positive() >= CLEAR && e.negative() >= CLEAR
                        || e.positive() >= CLEAR && d.negative() >= CLEAR;
                if (clear) {
                    int severity = GoalConflictRule.severity(d.positive(), d.negative(), e.positive(), e.negative());
                    conflicts.add(new Conflict(ConflictKind.DIMENSIONS, List.of(), List.of(all[i], all[j]), severity,
                            true, handled(all[i], all[j], goalConflicts)));
                }
            }
        }
        return conflicts;
    }

    private boolean handled(Dimension d, Dimension e, List<Conflict> goalConflicts) {
        for (Conflict conflict : goalConflicts) {
            if (conflict.severity() >= CLEAR && !conflict.handled() && between(conflict, d, e)) {
                return false;
            }
        }
        return true;
    }

    private boolean between(Conflict goalConflict, Dimension d, Dimension e) {
        Dimension first = dimensions.of(goalConflict.goals().get(0));
        Dimension second = dimensions.of(goalConflict.goals().get(1));
        return first == d && second == e || first == e && second == d;
    }
}
