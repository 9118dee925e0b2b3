package no.baerekraftsjekk.domain.portfolio;

import java.util.Map;

/**
 * The portfolio of one unit, committee, organisation or period, in brief.
 *
 * @param key the group's {@link NameKey} (or period key)
 * @param name how the group is shown: the spelling most cases use
 * @param selection the cases of this group; a cell's cases are this and the cell's own selection
 */
public record GroupRow(String key, String name, Selection selection, int cases, Map<Stage, Integer> stages,
                       int withPositive, int withNegative, int withUnhandled) {

    public GroupRow {
        stages = Map.copyOf(stages);
    }

    public int stage(Stage stage) {
        return stages.getOrDefault(stage, 0);
    }
}
