package no.baerekraftsjekk.storage;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import no.baerekraftsjekk.domain.Assessment;
import no.baerekraftsjekk.domain.HintDismissal;
import no.baerekraftsjekk.domain.format.BkjReader;
import no.baerekraftsjekk.domain.format.BkjWriter;
import no.baerekraftsjekk.domain.format.InvalidAssessmentFileException;

/**
 * An assessment as the council library stores it: its {@code .bkj} document, plus one member
 * {@value #LIBRARY_ONLY} the file format does not have, holding what only the library keeps (hints
 * marked «Vurdert – ikke aktuelt», the note on the small conflicts). The member is taken off before
 * the document is read as a file, so the reader never warns about it, and an exported file never
 * holds it: export writes the assessment with {@link BkjWriter} alone.
 */
public final class LibraryDocument {
    public static final String LIBRARY_ONLY = "libraryOnly";

    private static final ObjectMapper JSON = new ObjectMapper();

    private final BkjWriter writer = new BkjWriter();
    private final BkjReader reader = new BkjReader();

    public byte[] write(Assessment assessment) {
        byte[] document = writer.write(assessment);
        if (assessment.dismissedHints().isEmpty() && assessment.minorConflictsNote().isEmpty()) {
            return document;
        }
        try {
            ObjectNode root = (ObjectNode) JSON.readTree(document);
            ObjectNode extra = root.putObject(LIBRARY_ONLY);
            extra.put("minorConflictsNote", assessment.minorConflictsNote());
            ArrayNode dismissed = extra.putArray("dismissedHints");
            for (HintDismissal d : assessment.dismissedHints()) {
                ObjectNode entry = dismissed.addObject();
                entry.putArray("goals").add(d.goals().get(0)).add(d.goals().get(1));
                entry.put("overlookedGoal", d.overlookedGoal());
                entry.put("reason", d.reason());
            }
            return JSON.writeValueAsBytes(root);
        } catch (IOException e) {
            throw new UncheckedIOException("The writer's own document could not be read back", e);
        }
    }

    public Assessment read(byte[] bytes) throws InvalidAssessmentFileException {
        JsonNode root;
        try {
            root = JSON.readTree(bytes);
        } catch (IOException e) {
            // Not JSON: let the file reader say so in its own words.
            return reader.read(bytes).assessment();
        }
        if (!(root instanceof ObjectNode object) || !object.has(LIBRARY_ONLY)) {
            return reader.read(bytes).assessment();
        }
        JsonNode extra = object.remove(LIBRARY_ONLY);
        Assessment assessment;
        try {
            assessment = reader.read(JSON.writeValueAsBytes(object)).assessment();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<HintDismissal> dismissals = new ArrayList<>();
        for (JsonNode entry : extra.path("dismissedHints")) {
            JsonNode goals = entry.path("goals");
            if (goals.size() == 2) {
                dismissals.add(new HintDismissal(List.of(goals.get(0).asInt(), goals.get(1).asInt()),
                        entry.path("overlookedGoal").asInt(), entry.path("reason").asText("")));
            }
        }
        return assessment.withDismissedHints(dismissals).withMinorConflictsNote(extra.path("minorConflictsNote").asText(""));
    }
}
