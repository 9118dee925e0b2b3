package no.baerekraftsjekk.domain.format;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import no.baerekraftsjekk.domain.Dimension;

/** Reads and checks a {@code dimensions} object: the caseworker's own text per dimension. */
final class DimensionsReader {
    private final FieldReader fields;

    DimensionsReader(FieldReader fields) {
        this.fields = fields;
    }

    /** The {@code dimensions} of {@code parent} at {@code parentPath} ("" for the file, "alternatives[1]" for an alternative). */
    Map<Dimension, String> read(JsonNode parent, String parentPath) {
        Map<Dimension, String> texts = new EnumMap<>(Dimension.class);
        JsonNode dimensions = fields.object(parent, parentPath, "dimensions", false);
        if (dimensions == null) {
            return texts;
        }
        String dimensionsPath = FieldReader.path(parentPath, "dimensions");
        Set<String> known = new HashSet<>();
        for (Dimension d : Dimension.values()) {
            known.add(d.name());
            JsonNode entry = fields.object(dimensions, dimensionsPath, d.name(), false);
            if (entry != null) {
                String path = FieldReader.path(dimensionsPath, d.name());
                fields.warnUnknownFields(entry, path, Set.of("text"));
                String text = fields.optionalString(entry, path, "text");
                if (text != null && !text.isEmpty()) {
                    // An empty text is the same as none; keeping it would make two equal files differ.
                    texts.put(d, text);
                }
            }
        }
        fields.warnUnknownFields(dimensions, dimensionsPath, known);
        return texts;
    }
}
