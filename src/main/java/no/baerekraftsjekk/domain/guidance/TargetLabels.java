package no.baerekraftsjekk.domain.guidance;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/** Short labels for the 169 targets (delmål), in one language, in the order of the reference list. */
public final class TargetLabels {

    static final String DEFAULT_RESOURCE = "guidance/targets_nb.tsv";
    private static final String HEADER = "target\tlabel";

    private final Map<String, String> labels;

    private TargetLabels(Map<String, String> labels) {
        this.labels = Collections.unmodifiableMap(new LinkedHashMap<>(labels));
    }

    public static TargetLabels loadDefault() {
        return load(DEFAULT_RESOURCE);
    }

    static TargetLabels load(String resource) {
        String[] lines = GuidanceResource.readText(resource).split("\r?\n");
        GuidanceResource.require(lines.length > 0 && lines[0].equals(HEADER), resource,
                "første linje skal være overskriften \"target<TAB>label\"");
        Map<String, String> labels = new LinkedHashMap<>();
        for (int i = 1; i < lines.length; i++) {
            if (lines[i].isBlank()) {
                continue;
            }
            String[] cells = lines[i].split("\t", -1);
            int lineNo = i + 1;
            GuidanceResource.require(cells.length == 2, resource, "linje " + lineNo + " skal ha to kolonner");
            String id = cells[0].strip();
            String label = cells[1].strip();
            GuidanceResource.require(!id.isEmpty() && !label.isEmpty(), resource,
                    "linje " + lineNo + " mangler delmål eller tekst");
            GuidanceResource.require(labels.putIfAbsent(id, label) == null, resource,
                    "delmål " + id + " står flere ganger");
        }
        return new TargetLabels(labels);
    }

    /** The labels of {@code translated}, with bokmål's label for every target the translation lacks. */
    static TargetLabels withFallback(TargetLabels translated, TargetLabels base) {
        Map<String, String> labels = new LinkedHashMap<>(base.labels);
        translated.labels.forEach((id, label) -> labels.replace(id, label));
        return new TargetLabels(labels);
    }

    /** @throws IllegalArgumentException when the target id is unknown */
    public String labelOf(String targetId) {
        String label = labels.get(targetId);
        if (label == null) {
            throw new IllegalArgumentException("Ukjent delmål: " + targetId);
        }
        return label;
    }

    /** All labels keyed by target id, in reference order (1.1, 1.2, … 17.19). */
    public Map<String, String> all() {
        return labels;
    }
}
