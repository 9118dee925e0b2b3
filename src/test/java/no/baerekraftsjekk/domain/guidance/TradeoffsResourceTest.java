package no.baerekraftsjekk.domain.guidance;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import java.io.InputStream;
import java.util.HashSet;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** The trade-off knowledge base is read by another module; this proves the file keeps its contract. */
class TradeoffsResourceTest {

    private static JsonNode tradeoffs() throws Exception {
        try (InputStream in = TradeoffsResourceTest.class.getClassLoader().getResourceAsStream("guidance/tradeoffs.json")) {
            assertThat(in).as("guidance/tradeoffs.json on the class path").isNotNull();
            return new ObjectMapper().readTree(in);
        }
    }

    @Test
    void holdsAtLeast20UniqueSortedPairsOfDifferentGoals() throws Exception {
        JsonNode all = tradeoffs();
        assertThat(all.isArray()).isTrue();
        Set<String> pairs = new HashSet<>();
        for (JsonNode t : all) {
            JsonNode goals = t.get("goals");
            assertThat(goals.size()).isEqualTo(2);
            int a = goals.get(0).asInt();
            int b = goals.get(1).asInt();
            assertThat(a).isBetween(1, 17);
            assertThat(b).isBetween(1, 17);
            assertThat(a).as("pair %s", goals).isLessThan(b);
            assertThat(pairs.add(a + "-" + b)).as("pair %s is unique", goals).isTrue();
        }
        assertThat(pairs).hasSizeGreaterThanOrEqualTo(20);
    }

    @Test
    void everyPairNamesItsBasisSourceAndHint() throws Exception {
        for (JsonNode t : tradeoffs()) {
            assertThat(t.path("basis").asText()).as("basis of %s", t.get("goals")).isIn("RESEARCH", "MUNICIPAL");
            assertThat(t.path("source").asText()).as("source of %s", t.get("goals")).isNotBlank();
            assertThat(t.path("hint").asText()).as("hint of %s", t.get("goals")).isNotBlank();
        }
    }

    @Test
    void coversTheTypicalMunicipalDilemmas() throws Exception {
        Set<String> pairs = new HashSet<>();
        tradeoffs().forEach(t -> pairs.add(t.get("goals").get(0).asInt() + "-" + t.get("goals").get(1).asInt()));
        assertThat(pairs).contains("7-15", "8-13", "8-12", "9-15", "9-13", "11-15", "2-11", "11-13",
                "2-6", "2-15", "8-14", "3-11", "4-11", "8-10", "16-17");
    }
}
