package no.baerekraftsjekk.domain.analysis;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import no.baerekraftsjekk.domain.Dimension;

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

    /**
     * Sorts {@code conflicts} in this order, as {@code conflicts.sort(INSTANCE)} would (stable too),
     * faster: each conflict is turned into one number that sorts as the comparison does, and the
     * numbers are sorted. Analysing a library of 100 000 assessments sorts a few million conflicts;
     * comparing them one field and one boxed list element at a time was a tenth of it. A list the
     * numbers cannot hold (rules that would make other conflicts) is sorted the plain way.
     */
    public static void sort(List<Conflict> conflicts) {
        int n = conflicts.size();
        if (n < 2) {
            return;
        }
        if (n > MAX_FAST) {
            conflicts.sort(INSTANCE);
            return;
        }
        int[] keys = new int[n];
        for (int i = 0; i < n; i++) {
            int key = key(conflicts.get(i));
            if (key < 0) {
                conflicts.sort(INSTANCE);
                return;
            }
            // The position last: equal keys keep their order, as the stable sort keeps it.
            keys[i] = key << INDEX_BITS | i;
        }
        Arrays.sort(keys);
        Conflict[] sorted = new Conflict[n];
        for (int i = 0; i < n; i++) {
            sorted[i] = conflicts.get(keys[i] & MAX_FAST);
        }
        for (int i = 0; i < n; i++) {
            conflicts.set(i, sorted[i]);
        }
    }

    private static final int INDEX_BITS = 8;
    private static final int MAX_FAST = (1 << INDEX_BITS) - 1;
    /** Goals 1–17 as the rules make them; a goal list key below needs a multiplier above 18. */
    private static final int GOAL_STEP = 20;

    /**
     * The conflict as a number that orders as {@link #compare} does, field by field from the most
     * significant bits: severity (highest first), cross-dimension first, goal-level before
     * dimension conflicts, goals, dimensions, kind. -1 when it does not fit (a severity above 15, a
     * goal outside 1–17, or more than two goals or dimensions).
     */
    static int key(Conflict c) {
        if (c.severity() < 0 || c.severity() > 15) {
            return -1;
        }
        int goals = listKey(c.goals());
        int dimensions = dimensionsKey(c.dimensions());
        if (goals < 0 || dimensions < 0) {
            return -1;
        }
        int key = 15 - c.severity();
        key = key << 1 | (c.crossDimension() ? 0 : 1);
        key = key << 1 | (c.kind() == ConflictKind.DIMENSIONS ? 1 : 0);
        key = key << 9 | goals;
        key = key << 4 | dimensions;
        return key << 2 | c.kind().ordinal();
    }

    /** Empty 0, [a] a·20, [a, b] a·20 + b + 1: a list before the longer lists it begins. */
    private static int listKey(List<Integer> goals) {
        if (goals.isEmpty()) {
            return 0;
        }
        if (goals.size() > 2) {
            return -1;
        }
        int a = goals.get(0);
        if (a < 1 || a > 17) {
            return -1;
        }
        if (goals.size() == 1) {
            return a * GOAL_STEP;
        }
        int b = goals.get(1);
        return b < 1 || b > 17 ? -1 : a * GOAL_STEP + b + 1;
    }

    /** The same for dimensions by their order (three): empty 0, [x] (x+1)·4, [x, y] (x+1)·4 + y + 1. */
    private static int dimensionsKey(List<Dimension> dimensions) {
        if (dimensions.isEmpty()) {
            return 0;
        }
        if (dimensions.size() > 2) {
            return -1;
        }
        int x = dimensions.get(0).ordinal();
        return dimensions.size() == 1 ? (x + 1) * 4 : (x + 1) * 4 + dimensions.get(1).ordinal() + 1;
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
