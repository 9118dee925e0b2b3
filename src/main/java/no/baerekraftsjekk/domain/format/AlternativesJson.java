package no.baerekraftsjekk.domain.format;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import java.util.List;
import no.baerekraftsjekk.domain.Alternative;
import no.baerekraftsjekk.domain.GoalCatalog;

/**
 * The alternatives of a case as the {@code .bkj} file's {@code alternatives} array, for a library that
 * stores them as a document: written and read by the same code as the file, so an alternative has one
 * mapping only.
 */
public final class AlternativesJson {
    private static final ObjectMapper JSON = JsonMapper.builder().build();

    private AlternativesJson() {
    }

    public static String write(List<Alternative> alternatives) {
        ArrayNode array = JSON.createArrayNode();
        alternatives.forEach(a -> array.add(BkjWriter.alternativeNode(a)));
        return array.toString();
    }

    /**
     * Reads what {@link #write} wrote. Stored by the program itself, so a problem means a damaged
     * library: an {@link IllegalStateException} naming the first problem, never a silent loss.
     */
    public static List<Alternative> read(String json) {
        JsonNode array;
        try {
            array = JSON.readTree(json);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Stored alternatives are not JSON: " + e.getOriginalMessage(), e);
        }
        FieldReader fields = new FieldReader();
        fields.readingVersion(2);
        var root = JSON.createObjectNode();
        root.set("alternatives", array);
        List<Alternative> alternatives = new AlternativesReader(fields, GoalCatalog.standard()).read(root);
        if (fields.errorCount() > 0) {
            throw new IllegalStateException("Stored alternatives are invalid: " + fields.errors().getFirst());
        }
        return alternatives;
    }
}
