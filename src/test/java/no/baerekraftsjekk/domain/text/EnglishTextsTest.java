package no.baerekraftsjekk.domain.text;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.regex.Pattern;
import no.baerekraftsjekk.domain.analysis.Hint;
import no.baerekraftsjekk.domain.analysis.TradeOff;
import no.baerekraftsjekk.domain.analysis.TradeOffCatalog;
import no.baerekraftsjekk.domain.guidance.GlossaryTerm;
import no.baerekraftsjekk.domain.guidance.GoalGuidance;
import no.baerekraftsjekk.domain.guidance.ReferenceTexts;
import org.junit.jupiter.api.Test;

/**
 * Every English text a user can see is English: the bundle, goal titles, target labels, goal
 * guidance, step help and scales, the report's method note, the glossary and the trade-off hints.
 * Each is read the way the program reads it ({@link Texts}, {@link ReferenceTexts}), so a file that
 * falls back to bokmål shows up here, and the files themselves are walked so no field is missed.
 */
class EnglishTextsTest {
    private static final String BUNDLE = "i18n/messages_en.properties";
    private static final List<String> GUIDANCE_FILES = List.of(
            "guidance/goals_en.json", "guidance/steps_en.json", "guidance/glossary_en.json", "guidance/tradeoffs_en.json");
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\d+[,}]");

    private final ReferenceTexts english = ReferenceTexts.load(Language.EN);
    private final ReferenceTexts bokmal = ReferenceTexts.load(Language.NB);

    @Test
    void theBundleIsEnglish() throws IOException {
        List<String> problems = new ArrayList<>();
        bundle().forEach((key, value) -> problems.addAll(EnglishTextCheck.problems(BUNDLE + " " + key, (String) value)));
        assertThat(problems).isEmpty();
    }

    @Test
    void everyKeyHasAnEnglishValue() throws IOException {
        List<Object> untranslated = bundle().entrySet().stream()
                .filter(e -> ((String) e.getValue()).isBlank()).map(Map.Entry::getKey).toList();
        assertThat(untranslated).as("keys that still fall back to bokmål in English").isEmpty();
    }

    /** MessageFormat eats a lone apostrophe in a text with placeholders, and everything up to the next one. */
    @Test
    void textsWithPlaceholdersDoubleTheirApostrophes() throws IOException {
        List<Object> broken = bundle().entrySet().stream()
                .filter(e -> PLACEHOLDER.matcher((String) e.getValue()).find())
                .filter(e -> ((String) e.getValue()).replace("''", "").contains("'"))
                .map(Map.Entry::getKey).toList();
        assertThat(broken).isEmpty();
    }

    @Test
    void theTextServiceSpeaksEnglish() {
        Texts texts = Texts.of(Language.EN);
        assertThat(texts.get("report.footer", 2, 5)).isEqualTo("Page 2 of 5");
        assertThat(texts.get("report.exempt.noBasis")).isEqualTo("Exempt from public disclosure (unntatt offentlighet)");
    }

    @Test
    void goalTitlesAreEnglish() {
        List<String> problems = new ArrayList<>();
        for (int goal = 1; goal <= 17; goal++) {
            problems.addAll(EnglishTextCheck.problems("goal title " + goal, english.goalTitle(goal)));
        }
        assertThat(problems).isEmpty();
        assertThat(english.goalTitle(7)).isEqualTo("Affordable and Clean Energy");
    }

    @Test
    void all169TargetLabelsAreEnglish() {
        Map<String, String> labels = english.targets().all();
        assertThat(labels).hasSize(169).containsOnlyKeys(bokmal.targets().all().keySet());
        List<String> problems = new ArrayList<>();
        labels.forEach((id, label) -> {
            problems.addAll(EnglishTextCheck.problems("target " + id, label));
            if (label.equals(bokmal.targets().labelOf(id))) {
                problems.add("target " + id + " is the bokmål label");
            }
        });
        assertThat(problems).isEmpty();
    }

    @Test
    void theGuidanceForEveryGoalIsEnglish() {
        assertThat(english.goalGuidance().all()).hasSize(17);
        List<String> problems = new ArrayList<>();
        for (GoalGuidance guidance : english.goalGuidance().all()) {
            String where = "guidance for goal " + guidance.goal();
            assertThat(guidance.meaning()).isNotEqualTo(bokmal.goalGuidance().forGoal(guidance.goal()).meaning());
            assertThat(guidance.keyTargets()).isEqualTo(bokmal.goalGuidance().forGoal(guidance.goal()).keyTargets());
            problems.addAll(EnglishTextCheck.problems(where, guidance.meaning()));
            guidance.questions().forEach(q -> problems.addAll(EnglishTextCheck.problems(where + " question", q)));
            guidance.positiveEffects().forEach(q -> problems.addAll(EnglishTextCheck.problems(where + " positive", q)));
            guidance.negativeEffects().forEach(q -> problems.addAll(EnglishTextCheck.problems(where + " negative", q)));
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void stepHelpScalesAndTheMethodNoteAreEnglish() {
        List<String> problems = new ArrayList<>();
        for (String step : List.of("CASE", "SCREENING", "ASSESSMENT", "DIMENSIONS", "CONFLICTS", "SUMMARY", "REPORT")) {
            problems.addAll(EnglishTextCheck.problems("help for " + step, english.steps().forStep(step)));
        }
        for (int level = 0; level <= 3; level++) {
            problems.addAll(EnglishTextCheck.problems("effect " + level, english.steps().effectScale(level)));
        }
        for (String certainty : List.of("LOW", "MEDIUM", "HIGH", "UNKNOWN")) {
            problems.addAll(EnglishTextCheck.problems("certainty " + certainty, english.steps().certainty(certainty)));
        }
        for (String horizon : List.of("SHORT", "LONG", "BOTH")) {
            problems.addAll(EnglishTextCheck.problems("horizon " + horizon, english.steps().horizon(horizon)));
        }
        for (String relevance : List.of("DIRECT", "INDIRECT", "NOT_RELEVANT")) {
            problems.addAll(EnglishTextCheck.problems("relevance " + relevance, english.steps().relevance(relevance)));
        }
        problems.addAll(EnglishTextCheck.problems("method note", english.steps().method()));
        assertThat(problems).isEmpty();
        assertThat(english.steps().method()).isNotEqualTo(bokmal.steps().method());
    }

    @Test
    void theGlossaryIsEnglish() {
        assertThat(english.glossary().terms()).hasSameSizeAs(bokmal.glossary().terms());
        List<String> problems = new ArrayList<>();
        for (GlossaryTerm term : english.glossary().terms()) {
            problems.addAll(EnglishTextCheck.problems("glossary term", term.term()));
            problems.addAll(EnglishTextCheck.problems("glossary " + term.term(), term.explanation()));
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void everyTradeOffHintIsEnglish() {
        List<String> problems = new ArrayList<>();
        for (TradeOff tradeOff : TradeOffCatalog.standard().all()) {
            Hint hint = new Hint(tradeOff.goals(), tradeOff.goals().get(1), tradeOff.hint(), tradeOff.source());
            String text = english.hintText(hint);
            String where = "hint for goals " + tradeOff.goals();
            problems.addAll(EnglishTextCheck.problems(where, text));
            if (text.equals(tradeOff.hint())) {
                problems.add(where + " is the bokmål hint");
            }
        }
        assertThat(problems).isEmpty();
    }

    /** Every string in the English reference files, including any field the program does not show yet. */
    @Test
    void everyStringInTheEnglishReferenceFilesIsEnglish() throws IOException {
        List<String> problems = new ArrayList<>();
        ObjectMapper json = new ObjectMapper();
        for (String file : GUIDANCE_FILES) {
            try (InputStream in = resource(file)) {
                collect(file, json.readTree(in), problems);
            }
        }
        try (InputStream in = resource("guidance/targets_en.tsv")) {
            String[] lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\r?\n");
            for (int i = 1; i < lines.length; i++) {
                problems.addAll(EnglishTextCheck.problems("guidance/targets_en.tsv line " + (i + 1), lines[i]));
            }
        }
        assertThat(problems).isEmpty();
    }

    private static void collect(String where, JsonNode node, List<String> problems) {
        if (node.isTextual()) {
            problems.addAll(EnglishTextCheck.problems(where, node.asText()));
        } else if (node.isObject()) {
            node.properties().forEach(field -> collect(where + "." + field.getKey(), field.getValue(), problems));
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                collect(where + "[" + i + "]", node.get(i), problems);
            }
        }
    }

    private static Properties bundle() throws IOException {
        Properties properties = new Properties();
        try (InputStream in = resource(BUNDLE)) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }

    private static InputStream resource(String name) {
        InputStream in = EnglishTextsTest.class.getClassLoader().getResourceAsStream(name);
        assertThat(in).as(name).isNotNull();
        return in;
    }
}
