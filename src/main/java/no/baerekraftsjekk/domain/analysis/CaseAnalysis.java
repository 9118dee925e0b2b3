package no.baerekraftsjekk.domain.analysis;

import java.util.List;

/**
 * What the rules say of a case with alternatives: each alternative's own analysis (rules 1 to 6 on
 * their own), the comparison, and rule 6 for the case: every alternative ready, and a recommendation
 * with a reason.
 *
 * @param blocking every alternative's reasons prefixed with its label, in the case's order, then a
 *     missing recommendation or reason; empty when the case is ready to complete
 */
public record CaseAnalysis(List<AlternativeAnalysis> alternatives, Comparison comparison, List<BlockingReason> blocking) {

    public CaseAnalysis {
        alternatives = List.copyOf(alternatives);
        blocking = List.copyOf(blocking);
    }

    public boolean readyToComplete() {
        return blocking.isEmpty();
    }

    public Analysis analysisOf(int index) {
        return alternatives.get(index).analysis();
    }
}
