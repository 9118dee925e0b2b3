package no.baerekraftsjekk.domain.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The consistency check itself: it passes consistent texts and names each kind of drift. */
class BundleCheckTest {
    private static final String CODE = """
            label.setText(texts.get("library.heading"));
            String step = texts.get("assessment.step." + step.name());
            button(id, "assessment.report.word");
            button.setAccessibleText(texts.get(key + ".accessible"));
            labels.text("field.kind");
            """;
    private static final String BOKMAAL = """
            # a comment
            library.heading=Mine vurderinger
            assessment.step.CASE=Om saken
            assessment.report.word=Lag Word
            assessment.report.word.accessible=Lag rapporten som Word
            report.field.kind=Type
            library.import.summary={0} importert, {1} avvist
            usage.synopsisHeading=Bruk:
            value.Status.DRAFT=Utkast
            value.Status.DRAFT.long=Utkast
            """;
    private static final String CODE_WITH_SUMMARY = CODE + "texts.get(\"library.import.summary\", 1, 2);\n";
    private static final Map<String, List<String>> VALUES = Map.of("Status", List.of("DRAFT"));
    private static final List<Pattern> PICOCLI = List.of(Pattern.compile("usage\\..+"));

    private static List<String> check(String bokmaal, String nynorsk, String code) {
        return check(bokmaal, nynorsk, code, VALUES);
    }

    private static List<String> check(String bokmaal, String nynorsk, String code, Map<String, List<String>> values) {
        return new BundleCheck(Map.of(Language.NB, bokmaal, Language.NN, nynorsk), List.of(code), values, Set.of(), PICOCLI)
                .problems();
    }

    /** The nynorsk bundle for {@link #BOKMAAL}: every key, some translated. */
    private static String nynorsk() {
        return BOKMAAL.replace("Mine vurderinger", "Vurderingane mine").replace("{0} importert, {1} avvist", "{0} importerte, {1} avviste")
                .replaceAll("=(Om saken|Lag Word|Lag rapporten som Word|Type|Bruk:|Utkast)", "=");
    }

    @Test
    void consistentTextsPass() {
        assertThat(check(BOKMAAL, nynorsk(), CODE_WITH_SUMMARY)).isEmpty();
    }

    @Test
    void aKeyTheCodeUsesButNoBundleHasFails() {
        assertThat(check(BOKMAAL, nynorsk(), CODE_WITH_SUMMARY + "texts.get(\"library.heading.new\");"))
                .containsExactly("the code uses library.heading.new, which the bundle lacks");
    }

    @Test
    void aKeyNobodyUsesFails() {
        assertThat(check(BOKMAAL, nynorsk(), CODE)).containsExactly("nobody uses library.import.summary");
    }

    @Test
    void aKeyWrittenTwiceFails() {
        String twice = BOKMAAL + "library.heading=Mine saker\n";
        assertThat(check(twice, nynorsk(), CODE_WITH_SUMMARY))
                .containsExactly("i18n/messages.properties line 11: library.heading is written twice");
    }

    @Test
    void aTranslationWithoutAKeyOrWithAnExtraOneFails() {
        String lacking = nynorsk().replace("report.field.kind=\n", "") + "report.field.colour=Farge\n";
        assertThat(check(BOKMAAL, lacking, CODE_WITH_SUMMARY)).containsExactly(
                "i18n/messages_nn.properties lacks report.field.kind (add \"report.field.kind=\" until it is translated)",
                "i18n/messages_nn.properties has report.field.colour, which bokmål lacks");
    }

    @Test
    void aTranslationThatDropsOrAddsAPlaceholderFails() {
        String dropped = nynorsk().replace("{0} importerte, {1} avviste", "{0} importerte, nokre avviste");
        assertThat(check(BOKMAAL, dropped, CODE_WITH_SUMMARY)).containsExactly(
                "i18n/messages_nn.properties: library.import.summary has the placeholders [{0}], bokmål [{0}, {1}]");
    }

    @Test
    void anUntranslatedTextNeedsNoPlaceholders() {
        assertThat(check(BOKMAAL, nynorsk().replace("{0} importerte, {1} avviste", ""), CODE_WITH_SUMMARY)).isEmpty();
    }

    @Test
    void aValueWithoutItsShortOrLongNameFails() {
        Map<String, List<String>> withComplete = Map.of("Status", List.of("DRAFT", "COMPLETE"));
        assertThat(check(BOKMAAL, nynorsk(), CODE_WITH_SUMMARY, withComplete)).containsExactly(
                "Status.COMPLETE has no short name: add value.Status.COMPLETE=",
                "Status.COMPLETE has no long name: add value.Status.COMPLETE.long=");
    }

    @Test
    void aValueNameOfAValueThatIsGoneIsUnused() {
        assertThat(check(BOKMAAL, nynorsk(), CODE_WITH_SUMMARY, Map.of("Status", List.of())))
                .containsExactly("nobody uses value.Status.DRAFT", "nobody uses value.Status.DRAFT.long");
    }

    @Test
    void theShippedBundlesFailTheCheckWhenAWindowTextIsRemovedFromNynorsk() throws Exception {
        // The real bundles with one drift put in: the check finds it among 500 keys.
        String base;
        String nn;
        try (var b = BundleCheckTest.class.getClassLoader().getResourceAsStream(Texts.resourceOf(Language.NB));
             var n = BundleCheckTest.class.getClassLoader().getResourceAsStream(Texts.resourceOf(Language.NN))) {
            base = new String(b.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
            nn = new String(n.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        }
        List<String> problems = new BundleCheck(Map.of(Language.NB, base, Language.NN, nn.replaceAll("\nlibrary\\.heading=[^\n]*\n", "\n")),
                List.of(), Map.of(), Set.of(), List.of()).problems();
        assertThat(problems).contains(
                "i18n/messages_nn.properties lacks library.heading (add \"library.heading=\" until it is translated)");
    }
}
