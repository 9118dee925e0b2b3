package no.baerekraftsjekk.domain.portfolio;

import java.util.AbstractList;
import java.util.List;
import java.util.RandomAccess;
import no.baerekraftsjekk.domain.analysis.Conflict;

/**
 * The unhandled conflicts of a portfolio as one list, strongest first ({@link PortfolioCalculator}),
 * kept as the few different conflicts with the cases that have each. An element is made when it is
 * read: counting a council library would otherwise make hundreds of thousands the screen never
 * reads (it shows twelve and how many more). Immutable.
 */
final class UnhandledConflicts extends AbstractList<UnhandledConflict> implements RandomAccess {
    private final List<Conflict> conflicts;
    private final List<List<PortfolioEntry>> cases;
    /** Where each conflict's cases begin in the list; one more at the end, the size. */
    private final int[] starts;

    /** @param cases for each conflict, in the same order, the cases that have it; never changed after */
    UnhandledConflicts(List<Conflict> conflicts, List<List<PortfolioEntry>> cases) {
        this.conflicts = List.copyOf(conflicts);
        this.cases = List.copyOf(cases);
        starts = new int[conflicts.size() + 1];
        for (int i = 0; i < conflicts.size(); i++) {
            starts[i + 1] = starts[i] + cases.get(i).size();
        }
    }

    @Override
    public UnhandledConflict get(int index) {
        if (index < 0 || index >= size()) {
            throw new IndexOutOfBoundsException(index);
        }
        int low = 0;
        int high = conflicts.size() - 1;
        // The last conflict whose cases begin at or before index.
        while (low < high) {
            int middle = (low + high + 1) >>> 1;
            if (starts[middle] <= index) {
                low = middle;
            } else {
                high = middle - 1;
            }
        }
        return new UnhandledConflict(cases.get(low).get(index - starts[low]), conflicts.get(low));
    }

    @Override
    public int size() {
        return starts[conflicts.size()];
    }
}
