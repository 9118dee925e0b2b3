package no.baerekraftsjekk.domain.analysis;

import java.util.List;

/** A pair of goals that typically pull against each other, with the hint shown and where it comes from. */
public record TradeOff(List<Integer> goals, Basis basis, String source, String hint) {

    /** Whether research found the trade-off or it is a typical municipal dilemma. */
    public enum Basis {
        RESEARCH,
        MUNICIPAL
    }

    public TradeOff {
        goals = goals.stream().sorted().toList();
    }
}
