package no.baerekraftsjekk.domain.analysis;

import java.util.List;

/** The knowledge base of typical trade-offs, loaded from {@code guidance/tradeoffs.json}. */
public final class TradeOffCatalog {
    private final List<TradeOff> tradeOffs;

    public TradeOffCatalog(List<TradeOff> tradeOffs) {
        this.tradeOffs = List.copyOf(tradeOffs);
    }

    public static TradeOffCatalog standard() {
        // Placeholder until the conflict engine lands with the resource loader.
        return new TradeOffCatalog(List.of());
    }

    public List<TradeOff> all() {
        return tradeOffs;
    }
}
