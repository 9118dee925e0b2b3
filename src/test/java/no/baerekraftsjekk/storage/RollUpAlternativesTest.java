package no.baerekraftsjekk.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Random;
import java.util.stream.Collectors;
import no.baerekraftsjekk.domain.Alternative;
import no.baerekraftsjekk.domain.Assessment;
import no.baerekraftsjekk.domain.format.AlternativesJson;
import no.baerekraftsjekk.domain.portfolio.VariedLibrary;
import org.junit.jupiter.api.Test;

class RollUpAlternativesTest {

    /** The council column's shape (migration V5): what a roll-up reads, no texts, weighed conflicts marked "✓". */
    static String councilShape(List<Alternative> alternatives) {
        return alternatives.stream().map(a -> "{\"label\":" + quoted(a.label()) + (a.zero() ? ",\"zero\":true" : ",\"zero\":false")
                + ",\"goals\":[" + a.goals().values().stream().map(g -> "{\"goal\":" + g.goal() + ",\"relevance\":\"" + g.relevance()
                        + "\",\"positive\":" + g.positive() + ",\"negative\":" + g.negative() + ",\"targets\":["
                        + g.targets().stream().map(RollUpAlternativesTest::quoted).collect(Collectors.joining(",")) + "]}")
                        .collect(Collectors.joining(","))
                + "],\"conflicts\":[" + a.conflicts().stream().filter(c -> !c.handling().isBlank())
                        .map(c -> "{\"goals\":" + c.goals() + ",\"handling\":\"✓\"}").collect(Collectors.joining(",")) + "]}")
                .collect(Collectors.joining(",", "[", "]"));
    }

    private static String quoted(String text) {
        return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }

    /** What a roll-up reads of an alternative; the rest (texts) the council column does not hold. */
    private static List<String> rollUpView(List<Alternative> alternatives) {
        return alternatives.stream().map(a -> a.label() + "|" + a.zero() + "|" + a.goals().values().stream()
                .map(g -> g.goal() + ":" + g.relevance() + ":" + g.positive() + ":" + g.negative() + ":" + g.targets()).toList()
                + "|" + a.conflicts().stream().map(c -> c.goals() + c.handling()).toList()).toList();
    }

    @Test
    void readsTheCouncilColumnAsTheFilesReaderDoes() {
        Random random = new Random(3);
        int cases = 0;
        for (int i = 0; i < 3_000; i++) {
            Assessment a = VariedLibrary.assessment(random, i);
            if (!a.hasAlternatives()) {
                continue;
            }
            cases++;
            String json = councilShape(a.alternatives());
            // Read in one pass, not handed on: that is what makes it fast.
            assertThat(RollUpAlternatives.plain(json)).isNotNull();
            assertThat(rollUpView(RollUpAlternatives.read(json))).isEqualTo(rollUpView(AlternativesJson.read(json)));
        }
        assertThat(cases).isGreaterThan(100);
    }

    @Test
    void anyOtherTextGoesThroughTheFilesReader() {
        Assessment a = firstWithAlternatives();
        // The local library keeps whole alternatives, texts too: read as before, texts and all.
        String whole = AlternativesJson.write(a.alternatives());
        assertThat(RollUpAlternatives.plain(whole)).isNull();
        assertThat(RollUpAlternatives.read(whole)).isEqualTo(AlternativesJson.read(whole));

        String good = councilShape(a.alternatives());
        String one = councilShape(a.alternatives().subList(0, 1));
        assertThatThrownBy(() -> RollUpAlternatives.read(one)).isInstanceOf(IllegalStateException.class);
        String unknownTarget = good.replaceFirst("\"targets\":\\[", "\"targets\":[\"99.9\",");
        assertThat(unknownTarget).isNotEqualTo(good);
        assertThatThrownBy(() -> RollUpAlternatives.read(unknownTarget)).isInstanceOf(IllegalStateException.class);
        String badRelevance = good.replaceFirst("\"relevance\":\"[A-Z_]+\"", "\"relevance\":\"SOMETIMES\"");
        assertThatThrownBy(() -> RollUpAlternatives.read(badRelevance)).isInstanceOf(IllegalStateException.class);
        String blankLabel = good.replaceFirst("\"label\":\"[^\"]*\"", "\"label\":\"  \"");
        assertThatThrownBy(() -> RollUpAlternatives.read(blankLabel)).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> RollUpAlternatives.read(good.substring(0, good.length() - 2)))
                .isInstanceOf(IllegalStateException.class);
        for (String odd : List.of(one, unknownTarget, badRelevance, blankLabel, good + "x", good.replace("\"zero\":false", "\"zero\":true"))) {
            assertThat(RollUpAlternatives.plain(odd)).as(odd).isNull();
        }
        String rated = good.replaceFirst("\"positive\":\\d", "\"positive\":7");
        assertThatThrownBy(() -> RollUpAlternatives.read(rated)).isInstanceOf(IllegalStateException.class);
    }

    private static Assessment firstWithAlternatives() {
        Random random = new Random(3);
        for (int i = 0; ; i++) {
            Assessment a = VariedLibrary.assessment(random, i);
            if (a.hasAlternatives()) {
                return a;
            }
        }
    }
}
