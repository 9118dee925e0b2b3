package no.baerekraftsjekk.domain.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class TradeOffCatalogTest {

    private static InputStream json(String text) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void readsEntriesWithSortedPairsAndUtf8Text() {
        TradeOffCatalog catalog = Assessments.fixtureCatalog();

        assertThat(catalog.all()).hasSize(5);
        assertThat(catalog.uniquePairs()).isEqualTo(4);
        assertThat(catalog.all().get(1)).isEqualTo(new TradeOff(List.of(7, 15), TradeOff.Basis.MUNICIPAL,
                "Test fixture: energy against land", "Sjekk om energiprosjektet tar natur."));
        assertThat(catalog.all().get(2).hint()).contains("grøntområder");
    }

    @Test
    void anEmptyArrayIsAnEmptyKnowledgeBase() throws IOException {
        assertThat(TradeOffCatalog.read(json("[]")).all()).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "{\"goals\":[1,2]} | must be a JSON array",
            "[ | not valid JSON",
            "[{\"goals\":[7,15],\"basis\":\"MUNICIPAL\",\"source\":\"s\",\"hint\":\"h\"}, 3] | Trade-off entry 2 must be an object",
            "[{\"goals\":[7],\"basis\":\"MUNICIPAL\",\"source\":\"s\",\"hint\":\"h\"}] | Trade-off entry 1: \"goals\" must be an array of two goal numbers",
            "[{\"goals\":[\"7\",15],\"basis\":\"MUNICIPAL\",\"source\":\"s\",\"hint\":\"h\"}] | Trade-off entry 1: \"goals\" must be an array of two goal numbers",
            "[{\"goals\":[7,18],\"basis\":\"MUNICIPAL\",\"source\":\"s\",\"hint\":\"h\"}] | Trade-off entry 1 (goals 7, 18): goal numbers must be 1-17",
            "[{\"goals\":[7,7],\"basis\":\"MUNICIPAL\",\"source\":\"s\",\"hint\":\"h\"}] | Trade-off entry 1 (goals 7, 7): the two goals must differ",
            "[{\"goals\":[7,15],\"basis\":\"GUESS\",\"source\":\"s\",\"hint\":\"h\"}] | Trade-off entry 1 (goals 7, 15): \"basis\" must be RESEARCH or MUNICIPAL, found \"GUESS\"",
            "[{\"goals\":[7,15],\"source\":\"s\",\"hint\":\"h\"}] | Trade-off entry 1 (goals 7, 15): \"basis\" must be a non-empty string",
            "[{\"goals\":[7,15],\"basis\":\"RESEARCH\",\"hint\":\"h\"}] | Trade-off entry 1 (goals 7, 15): \"source\" must be a non-empty string",
            "[{\"goals\":[7,15],\"basis\":\"RESEARCH\",\"source\":\"s\",\"hint\":\" \"}] | Trade-off entry 1 (goals 7, 15): \"hint\" must be a non-empty string",
    })
    void aBrokenEntryIsRefusedWithAMessageThatNamesIt(String text, String message) {
        assertThatThrownBy(() -> TradeOffCatalog.read(json(text))).isInstanceOf(IOException.class).hasMessageContaining(message);
    }

    @Test
    void theConstructorRefusesAPairThatIsNotTwoDifferentGoals() {
        TradeOff same = new TradeOff(List.of(4, 4), TradeOff.Basis.MUNICIPAL, "s", "h");

        assertThatThrownBy(() -> new TradeOffCatalog(List.of(same)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("Trade-off 1 [4, 4]");
    }
}
