package no.baerekraftsjekk.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import no.baerekraftsjekk.domain.Assessment;
import no.baerekraftsjekk.domain.analysis.AssessmentAnalyzer;
import no.baerekraftsjekk.domain.analysis.Hint;
import no.baerekraftsjekk.domain.format.BkjReader;
import no.baerekraftsjekk.domain.guidance.GoalGuidance;
import no.baerekraftsjekk.domain.guidance.ReferenceTexts;
import no.baerekraftsjekk.domain.text.Language;
import no.baerekraftsjekk.domain.text.Texts;
import org.junit.jupiter.api.Test;

/**
 * A nynorsk reader must not meet bokmål: every nynorsk text (bundle, step help, scales, method note,
 * goal guidance, glossary, target labels, trade-off hints and a whole nynorsk report) is searched for
 * common bokmål forms that are not also correct nynorsk. A word counts only as a whole word, in any case.
 */
class NynorskFormsTest {

    /**
     * Each word is bokmål only: the 2012 nynorsk norm has another form, given after the arrow. Words
     * both standards share are left out on purpose, though they look bokmål to some: "nå" (also the
     * nynorsk verb "to reach": "nå måla"), "dem" (a nynorsk object form), "de" (nynorsk polite "De"),
     * "gjort", "mellom", "også", "kommunen", "deretter", "sin", "mange", "ting".
     */
    static final Map<String, String> BOKMAAL_ONLY = new LinkedHashMap<>();

    static {
        BOKMAAL_ONLY.put("ikke", "ikkje");
        BOKMAAL_ONLY.put("hva", "kva");
        BOKMAAL_ONLY.put("hvordan", "korleis");
        BOKMAAL_ONLY.put("hvorfor", "kvifor");
        BOKMAAL_ONLY.put("hvilke", "kva for");
        BOKMAAL_ONLY.put("hvilken", "kva for ein");
        BOKMAAL_ONLY.put("hvilket", "kva for eit");
        BOKMAAL_ONLY.put("hvem", "kven");
        BOKMAAL_ONLY.put("hvor", "kvar / kor");
        BOKMAAL_ONLY.put("hver", "kvar");
        BOKMAAL_ONLY.put("hvert", "kvart");
        BOKMAAL_ONLY.put("hvis", "dersom / viss");
        BOKMAAL_ONLY.put("jeg", "eg");
        BOKMAAL_ONLY.put("mye", "mykje");
        BOKMAAL_ONLY.put("noen", "nokon / nokre");
        BOKMAAL_ONLY.put("noe", "noko");
        BOKMAAL_ONLY.put("fra", "frå");
        BOKMAAL_ONLY.put("bare", "berre");
        BOKMAAL_ONLY.put("ble", "vart / blei");
        BOKMAAL_ONLY.put("være", "vere / vera");
        BOKMAAL_ONLY.put("skole", "skule");
        BOKMAAL_ONLY.put("ennå", "enno");
        BOKMAAL_ONLY.put("selv", "sjølv");
        BOKMAAL_ONLY.put("uten", "utan");
        BOKMAAL_ONLY.put("utenfor", "utanfor");
        BOKMAAL_ONLY.put("innen", "innan");
        BOKMAAL_ONLY.put("innenfor", "innanfor");
        BOKMAAL_ONLY.put("disse", "desse");
        BOKMAAL_ONLY.put("sammen", "saman");
        BOKMAAL_ONLY.put("samme", "same");
        BOKMAAL_ONLY.put("flere", "fleire");
        BOKMAAL_ONLY.put("bedre", "betre");
        BOKMAAL_ONLY.put("mer", "meir");
        BOKMAAL_ONLY.put("høy", "høg");
        BOKMAAL_ONLY.put("lav", "låg");
        BOKMAAL_ONLY.put("egen", "eigen");
        BOKMAAL_ONLY.put("egne", "eigne");
        BOKMAAL_ONLY.put("gjøre", "gjere");
        BOKMAAL_ONLY.put("gjør", "gjer");
        BOKMAAL_ONLY.put("sikkerhet", "sikkerheit / tryggleik");
        BOKMAAL_ONLY.put("offentlighet", "offentlegheit");
        BOKMAAL_ONLY.put("enhet", "eining");
        BOKMAAL_ONLY.put("vurderingen", "vurderinga");
        BOKMAAL_ONLY.put("virkning", "verknad");
        BOKMAAL_ONLY.put("begrunnelse", "grunngiving");
        BOKMAAL_ONLY.put("målene", "måla");
        BOKMAAL_ONLY.put("saken", "saka");
        BOKMAAL_ONLY.put("filen", "fila");
        BOKMAAL_ONLY.put("mappen", "mappa");
        BOKMAAL_ONLY.put("bærekraftig", "berekraftig");
        BOKMAAL_ONLY.put("bærekraftsmål", "berekraftsmål");
        BOKMAAL_ONLY.put("bærekraftsmålene", "berekraftsmåla");
    }

    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{M}]+");

    /** The bokmål-only words in {@code text}, with where they were, one line each. */
    static List<String> bokmaalIn(String where, String text) {
        List<String> found = new ArrayList<>();
        Matcher m = WORD.matcher(text);
        while (m.find()) {
            String word = m.group().toLowerCase(Locale.ROOT);
            if (BOKMAAL_ONLY.containsKey(word)) {
                found.add(where + ": «" + m.group() + "» (nynorsk: " + BOKMAAL_ONLY.get(word) + ")");
            }
        }
        return found;
    }

    @Test
    void theListCatchesBokmaalAndPassesNynorsk() {
        assertThat(bokmaalIn("t", "Hvis du ikke vet hva som skjer")).hasSize(3);
        assertThat(bokmaalIn("t", "Dersom du ikkje veit kva som skjer, kan du nå måla saman med dei.")).isEmpty();
        // Whole words only: "ikkje" is not "ikke", "fraksjon" is not "fra".
        assertThat(bokmaalIn("t", "fraksjon Skolebuss")).isEmpty();
    }

    @Test
    void everyTextInTheNynorskBundleIsNynorsk() throws IOException {
        Texts nynorsk = Texts.of(Language.NN);
        List<String> found = new ArrayList<>();
        for (String key : keysOf(Texts.resourceOf(Language.BASE))) {
            found.addAll(bokmaalIn(key, nynorsk.get(key)));
        }
        assertThat(found).isEmpty();
    }

    @Test
    void stepHelpScalesAndMethodAreNynorsk() {
        var steps = ReferenceTexts.load(Language.NN).steps();
        List<String> found = new ArrayList<>();
        for (String step : List.of("CASE", "SCREENING", "ASSESSMENT", "DIMENSIONS", "CONFLICTS", "SUMMARY", "REPORT")) {
            found.addAll(bokmaalIn("step " + step, steps.forStep(step)));
        }
        for (int level = 0; level <= 3; level++) {
            found.addAll(bokmaalIn("effect " + level, steps.effectScale(level)));
        }
        for (String c : List.of("LOW", "MEDIUM", "HIGH")) {
            found.addAll(bokmaalIn("certainty " + c, steps.certainty(c)));
        }
        for (String h : List.of("SHORT", "LONG", "BOTH")) {
            found.addAll(bokmaalIn("horizon " + h, steps.horizon(h)));
        }
        for (String r : List.of("DIRECT", "INDIRECT", "NOT_RELEVANT")) {
            found.addAll(bokmaalIn("relevance " + r, steps.relevance(r)));
        }
        found.addAll(bokmaalIn("method", steps.method()));
        assertThat(found).isEmpty();
    }

    @Test
    void goalTitlesTargetLabelsAndGuidanceAreNynorsk() {
        ReferenceTexts reference = ReferenceTexts.load(Language.NN);
        List<String> found = new ArrayList<>();
        for (int goal = 1; goal <= 17; goal++) {
            found.addAll(bokmaalIn("goal " + goal, reference.goalTitle(goal)));
            GoalGuidance guidance = reference.goalGuidance().forGoal(goal);
            found.addAll(bokmaalIn("guidance " + goal, String.join("\n", guidance.meaning(),
                    String.join("\n", guidance.questions()), String.join("\n", guidance.positiveEffects()),
                    String.join("\n", guidance.negativeEffects()))));
        }
        assertThat(reference.targets().all()).hasSize(169);
        reference.targets().all().forEach((id, label) -> found.addAll(bokmaalIn("target " + id, label)));
        assertThat(found).isEmpty();
    }

    @Test
    void theGlossaryIsNynorsk() {
        List<String> found = new ArrayList<>();
        ReferenceTexts.load(Language.NN).glossary().terms()
                .forEach(t -> found.addAll(bokmaalIn("term " + t.term(), t.term() + "\n" + t.explanation())));
        assertThat(found).isEmpty();
    }

    @Test
    void everyTradeOffHintIsNynorsk() throws IOException {
        ReferenceTexts reference = ReferenceTexts.load(Language.NN);
        List<String> found = new ArrayList<>();
        JsonNode pairs;
        try (InputStream in = getClass().getClassLoader().getResourceAsStream("guidance/tradeoffs.json")) {
            pairs = new ObjectMapper().readTree(in);
        }
        assertThat(pairs.size()).isPositive();
        for (JsonNode pair : pairs) {
            int a = pair.get("goals").get(0).asInt();
            int b = pair.get("goals").get(1).asInt();
            // A pair without a nynorsk hint falls back to this text, which the check then catches.
            Hint hint = new Hint(List.of(a, b), b, "ikke oversatt", "test");
            found.addAll(bokmaalIn("hint " + a + "/" + b, reference.hintText(hint)));
        }
        assertThat(found).isEmpty();
    }

    @Test
    void aNynorskReportOfTheNynorskExampleIsNynorskThroughout() throws Exception {
        byte[] file;
        try (InputStream in = getClass().getClassLoader().getResourceAsStream(NYNORSK_EXAMPLE)) {
            assertThat(in).as(NYNORSK_EXAMPLE).isNotNull();
            file = in.readAllBytes();
        }
        Assessment example = new BkjReader().read(file).assessment();
        AssessmentAnalyzer analyzer = AssessmentAnalyzer.standard();
        ReportExporter exporter = new ReportExporter(analyzer,
                new ReportGuidance(ReferenceTexts.load(Language.NN), analyzer.mapping()), Texts.of(Language.NN));
        ByteArrayOutputStream pdf = new ByteArrayOutputStream();
        exporter.export(example, ReportFormat.PDF, pdf);
        List<String> pages = PdfReportWriterTest.pages(pdf.toByteArray());
        List<String> found = new ArrayList<>();
        for (int i = 0; i < pages.size(); i++) {
            found.addAll(bokmaalIn("page " + (i + 1), pages.get(i)));
        }
        assertThat(found).isEmpty();
        assertThat(String.join("\n", pages)).contains("Side 1 av " + pages.size());
    }

    static final String NYNORSK_EXAMPLE = "examples/gang-og-sykkelveg-nynorsk.bkj";

    private static Set<String> keysOf(String resource) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = NynorskFormsTest.class.getClassLoader().getResourceAsStream(resource)) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties.stringPropertyNames();
    }
}
