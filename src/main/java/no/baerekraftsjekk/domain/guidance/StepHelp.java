package no.baerekraftsjekk.domain.guidance;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Help text for each step of the assessment, the meaning of each scale value, and the method note. */
public final class StepHelp {

    static final String DEFAULT_RESOURCE = "guidance/steps_nb.json";

    static final List<String> STEPS =
            List.of("CASE", "SCREENING", "ASSESSMENT", "DIMENSIONS", "CONFLICTS", "SUMMARY", "REPORT");
    static final List<String> EFFECT_LEVELS = List.of("0", "1", "2", "3");
    static final List<String> CERTAINTIES = List.of("LOW", "MEDIUM", "HIGH", "UNKNOWN");
    static final List<String> HORIZONS = List.of("SHORT", "LONG", "BOTH");
    static final List<String> RELEVANCES = List.of("DIRECT", "INDIRECT", "NOT_RELEVANT");

    private final Map<String, String> steps;
    private final Map<String, String> effect;
    private final Map<String, String> certainty;
    private final Map<String, String> horizon;
    private final Map<String, String> relevance;
    private final String method;

    private StepHelp(Map<String, String> steps, Map<String, String> effect, Map<String, String> certainty,
                     Map<String, String> horizon, Map<String, String> relevance, String method) {
        this.steps = steps;
        this.effect = effect;
        this.certainty = certainty;
        this.horizon = horizon;
        this.relevance = relevance;
        this.method = method;
    }

    public static StepHelp loadDefault() {
        return load(DEFAULT_RESOURCE);
    }

    static StepHelp load(String resource) {
        JsonNode root = GuidanceResource.readTree(resource);
        JsonNode scale = root.path("scale");
        String method = root.path("method").asText("");
        GuidanceResource.require(!method.isBlank(), resource, "metodeteksten mangler");
        return new StepHelp(
                texts(root.path("steps"), STEPS, resource, "steps"),
                texts(scale.path("effect"), EFFECT_LEVELS, resource, "scale.effect"),
                texts(scale.path("certainty"), CERTAINTIES, resource, "scale.certainty"),
                texts(scale.path("horizon"), HORIZONS, resource, "scale.horizon"),
                texts(scale.path("relevance"), RELEVANCES, resource, "scale.relevance"),
                method);
    }

    private static Map<String, String> texts(JsonNode node, List<String> keys, String resource, String path) {
        Map<String, String> texts = new LinkedHashMap<>();
        for (String key : keys) {
            JsonNode value = node.path(key);
            GuidanceResource.require(value.isTextual() && !value.asText().isBlank(), resource,
                    "teksten for " + path + "." + key + " mangler");
            texts.put(key, value.asText());
        }
        return Collections.unmodifiableMap(texts);
    }

    /** @param stepId one of CASE, SCREENING, ASSESSMENT, DIMENSIONS, CONFLICTS, SUMMARY, REPORT */
    public String forStep(String stepId) {
        return lookup(steps, stepId, "steg");
    }

    /** @param level 0 (none) to 3 (large) */
    public String effectScale(int level) {
        return lookup(effect, String.valueOf(level), "virkningsnivå");
    }

    public String certainty(String certainty) {
        return lookup(this.certainty, certainty, "sikkerhet");
    }

    public String horizon(String horizon) {
        return lookup(this.horizon, horizon, "tidshorisont");
    }

    public String relevance(String relevance) {
        return lookup(this.relevance, relevance, "relevans");
    }

    /** The note on method and scale printed at the end of the report. */
    public String method() {
        return method;
    }

    private static String lookup(Map<String, String> texts, String key, String what) {
        String text = key == null ? null : texts.get(key);
        if (text == null) {
            throw new IllegalArgumentException("Ukjent " + what + ": " + key);
        }
        return text;
    }
}
