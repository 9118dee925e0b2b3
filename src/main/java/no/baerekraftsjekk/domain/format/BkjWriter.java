package no.baerekraftsjekk.domain.format;

import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import no.baerekraftsjekk.domain.Alternative;
import no.baerekraftsjekk.domain.Assessment;
import no.baerekraftsjekk.domain.Recommendation;
import no.baerekraftsjekk.domain.CaseInfo;
import no.baerekraftsjekk.domain.ConflictHandling;
import no.baerekraftsjekk.domain.Dimension;
import no.baerekraftsjekk.domain.GoalAssessment;
import no.baerekraftsjekk.domain.Review;
import no.baerekraftsjekk.domain.text.Language;
import no.baerekraftsjekk.domain.text.Texts;

/**
 * Writes an assessment as a {@code .bkj} file, version 2 unless asked for version 1, fields in the
 * spec's order. Empty optional texts are left out; reading the result gives back an equal assessment
 * (for version 1: equal in what version 1 holds).
 */
public final class BkjWriter {
    /** Made on first write: the library screen holds a writer for exports from its start (see BkjReader's). */
    private static final class Json {
        static final ObjectMapper MAPPER = JsonMapper.builder().build();
    }

    private final Texts texts;

    /** A writer whose placeholder title ("Uten tittel") is bokmål, the file's default language. */
    public BkjWriter() {
        this(null);
    }

    /** A writer whose placeholder title is in the language of {@code texts}. */
    public BkjWriter(Texts texts) {
        this.texts = texts;
    }

    public byte[] write(Assessment assessment) {
        return write(assessment, BkjReader.CURRENT_VERSION);
    }

    /**
     * Writes the given format version. Version 1 leaves out what it has no field for and that can
     * go without a loss of meaning (id, language, committee, meeting date: {@link Version1#leftOut});
     * an assessment that holds more ({@link Version1#cannotExpress}) is refused with an
     * {@link IllegalArgumentException}: callers ask first, so the caseworker gets the reason.
     */
    public byte[] write(Assessment assessment, int version) {
        if (!BkjReader.VERSIONS.contains(version)) {
            throw new IllegalArgumentException("No such format version: " + version);
        }
        if (version == 1 && !Version1.cannotExpress(assessment).isEmpty()) {
            throw new IllegalArgumentException("Version 1 cannot hold " + Version1.cannotExpress(assessment));
        }
        ObjectNode root = Json.MAPPER.createObjectNode();
        root.put("format", BkjReader.FORMAT);
        root.put("version", version);
        if (version >= 2) {
            assessment.optionalId().ifPresent(id -> root.put("id", id.toString()));
            root.put("language", assessment.language().code());
        }
        root.set("case", caseNode(assessment.caseInfo(), version));
        if (assessment.hasAlternatives()) {
            // The case's own goals, dimensions and conflicts are absent: each alternative holds its own.
            ArrayNode alternatives = root.putArray("alternatives");
            assessment.alternatives().forEach(a -> alternatives.add(alternativeNode(a)));
            assessment.optionalRecommendation().filter(Recommendation::isChosen)
                    .ifPresent(r -> root.set("recommendation", recommendationNode(r)));
        } else {
            putContent(root, assessment.goals(), assessment.dimensionTexts(), assessment.conflicts());
        }
        putIfNotEmpty(root, "collaboration", assessment.collaboration());
        putIfNotEmpty(root, "conclusion", assessment.conclusion());
        root.put("status", assessment.status().name());
        if (version >= 2) {
            assessment.optionalReview().ifPresent(review -> root.set("review", reviewNode(review)));
        }
        try {
            DefaultPrettyPrinter printer = new DefaultPrettyPrinter().withObjectIndenter(new DefaultIndenter("  ", "\n"));
            String text = Json.MAPPER.writer(printer).writeValueAsString(root) + "\n";
            return text.getBytes(StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Writes the file safely: to a temporary file beside it, then moved into place; private when the case is exempt. */
    public void write(Assessment assessment, Path file) throws FileWriteException {
        write(assessment, BkjReader.CURRENT_VERSION, file);
    }

    /** Writes the file in the given format version safely; see {@link #write(Assessment, int)}. */
    public void write(Assessment assessment, int version, Path file) throws FileWriteException {
        byte[] bytes = write(assessment, version);
        SafeFileWriter.write(file, out -> out.write(bytes), assessment.caseInfo().isExempt());
    }

    private static void putContent(ObjectNode node, java.util.Map<Integer, GoalAssessment> goalMap,
            java.util.Map<Dimension, String> dimensionTexts, java.util.List<ConflictHandling> handlings) {
        ArrayNode goals = node.putArray("goals");
        goalMap.values().forEach(g -> goals.add(goalNode(g)));
        ObjectNode dimensions = node.putObject("dimensions");
        for (Dimension d : Dimension.values()) {
            String text = dimensionTexts.getOrDefault(d, "");
            if (!text.isEmpty()) {
                dimensions.putObject(d.name()).put("text", text);
            }
        }
        ArrayNode conflicts = node.putArray("conflicts");
        for (ConflictHandling c : handlings) {
            ObjectNode entry = conflicts.addObject();
            ArrayNode pair = entry.putArray("goals");
            c.goals().forEach(pair::add);
            entry.put("handling", c.handling());
            entry.put("mitigation", c.mitigation());
        }
    }

    static ObjectNode alternativeNode(Alternative alternative) {
        ObjectNode node = Json.MAPPER.createObjectNode();
        node.put("label", alternative.label());
        if (alternative.zero()) {
            node.put("zero", true);
        }
        putIfNotEmpty(node, "description", alternative.description());
        putContent(node, alternative.goals(), alternative.dimensionTexts(), alternative.conflicts());
        putIfNotEmpty(node, "conclusion", alternative.conclusion());
        return node;
    }

    /** Written only when an alternative is chosen: the format requires it to name one. */
    private static ObjectNode recommendationNode(Recommendation recommendation) {
        ObjectNode node = Json.MAPPER.createObjectNode();
        node.put("alternative", recommendation.alternative());
        putIfNotEmpty(node, "reason", recommendation.reason());
        return node;
    }

    private static ObjectNode reviewNode(Review review) {
        ObjectNode node = Json.MAPPER.createObjectNode();
        node.put("status", review.status().name());
        putIfNotEmpty(node, "reviewer", review.reviewer());
        if (review.date() != null) {
            node.put("date", review.date().toString());
        }
        putIfNotEmpty(node, "comment", review.comment());
        return node;
    }

    private ObjectNode caseNode(CaseInfo info, int version) {
        ObjectNode node = Json.MAPPER.createObjectNode();
        // The format requires a title; a draft whose title was cleared is written under a placeholder
        // so a colleague can still open the file.
        node.put("title", info.title().isBlank() ? untitled() : info.title());
        putIfNotEmpty(node, "caseNumber", info.caseNumber());
        node.put("caseType", info.caseType().name());
        putIfNotEmpty(node, "organisation", info.organisation());
        putIfNotEmpty(node, "unit", info.unit());
        putIfNotEmpty(node, "caseworker", info.caseworker());
        if (info.date() != null) {
            node.put("date", info.date().toString());
        }
        putIfNotEmpty(node, "description", info.description());
        if (info.isExempt()) {
            node.put("exemptionBasis", info.exemptionBasis());
        } else {
            node.putNull("exemptionBasis");
        }
        if (version >= 2) {
            putIfNotEmpty(node, "committee", info.committee());
            if (info.meetingDate() != null) {
                node.put("meetingDate", info.meetingDate().toString());
            }
        }
        return node;
    }

    // Read only for the rare draft whose title was cleared, so writing a file does not read a bundle.
    private String untitled() {
        return (texts != null ? texts : Texts.of(Language.BASE)).get("assessment.untitled");
    }

    private static ObjectNode goalNode(GoalAssessment goal) {
        ObjectNode node = Json.MAPPER.createObjectNode();
        node.put("goal", goal.goal());
        node.put("relevance", goal.relevance().name());
        node.put("positive", goal.positive());
        node.put("negative", goal.negative());
        if (goal.certainty() != null) {
            node.put("certainty", goal.certainty().name());
        }
        if (goal.horizon() != null) {
            node.put("horizon", goal.horizon().name());
        }
        ArrayNode targets = node.putArray("targets");
        goal.targets().forEach(targets::add);
        putIfNotEmpty(node, "justification", goal.justification());
        putIfNotEmpty(node, "measures", goal.measures());
        return node;
    }

    private static void putIfNotEmpty(ObjectNode node, String field, String value) {
        if (!value.isEmpty()) {
            node.put(field, value);
        }
    }
}
