package no.baerekraftsjekk.domain.analysis;

import java.util.Comparator;
import java.util.List;

/**
 * The order conflicts are shown in, for people: the strongest first, then those that cross
 * dimensions, then the goal-level conflicts before the dimension conflicts, then by goal numbers
 * (a single goal before the pairs that start with it) or by dimension order.
 *
 * <p>Why dimension conflicts come after goal-level conflicts of the same severity and the same
 * cross-dimension flag: a dimension conflict is an aggregate with no handling of its own; it rests
 * on goal conflicts the caseworker weighs, so those lead, and the dimension conflict sums them up.
 * (Every dimension conflict is cross-dimension, so it still comes before same-dimension goal
 * conflicts of its severity.)
 *
 * <p>The order is total on the conflicts one analysis can hold: two different conflicts always
 * differ in kind, goals or dimensions, and the last keys compare exactly those. Sorting is
 * therefore independent of the input order; a property test proves it.
 */
public final class ConflictOrder implements Comparator<Conflict> {
    public static final ConflictOrder INSTANCE = new ConflictOrder();

    private ConflictOrder() {
    }

    @Override
    public int compare(Conflict x, Conflict y) {
        int c = Integer.compare(y.severity(), x.severity());
        if (c != 0) {
            return c;
        }
        c = Boolean.compare(y.crossDimension(), x.crossDimension());
        if (c != 0) {
            return c;
        }
        c = Boolean.compare(x.kind() == ConflictKind.DIMENSIONS, y.kind() == ConflictKind.DIMENSIONS);
        if (c != 0) {
            return c;
        }
        c = compareLists(x.goals(), y.goals());
        if (c != 0) {
            return c;
        }
        c = compareLists(x.dimensions(), y.dimensions());
        if (c != 0) {
            return c;
        }
        return x.kind().compareTo(y.kind());
    }

    /** Element by element, a shorter list first when it is a prefix of the other. */
    private static <T extends Comparable<? super T>> int compareLists(List<T> a, List<T> b) {
        int n = Math.min(a.size(), b.size());
        for (int i = 0; i < n; i++) {
            int c = a.get(i).compareTo(b.get(i));
            if (c != 0) {
                return c;
            }
        }
        return Integer.compare(a.size(), b.size());
    }
}
