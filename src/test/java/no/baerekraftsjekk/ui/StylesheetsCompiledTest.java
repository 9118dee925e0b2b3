package no.baerekraftsjekk.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import javafx.css.CssParser;
import javafx.css.Rule;
import javafx.css.Stylesheet;
import no.baerekraftsjekk.ui.main.MainWindow;
import org.junit.jupiter.api.Test;

/**
 * Every stylesheet has its binary twin from the build (src/build/CompileStylesheets.java), and the
 * twin says what the .css says: JavaFX loads the .bss in its place, so a stale one would win.
 */
class StylesheetsCompiledTest {
    @Test
    void everyStylesheetHasABinaryTwinWithTheSameRules() throws IOException, URISyntaxException {
        Path ui = Path.of(MainWindow.class.getResource(MainWindow.STYLESHEET).toURI()).getParent();
        List<Path> sheets;
        try (Stream<Path> files = Files.walk(ui)) {
            sheets = files.filter(file -> file.toString().endsWith(".css")).toList();
        }
        assertThat(sheets).hasSizeGreaterThanOrEqualTo(2);
        for (Path css : sheets) {
            Path bss = css.resolveSibling(css.getFileName().toString().replace(".css", ".bss"));
            assertThat(bss).as("binary twin of %s", css).exists();
            Stylesheet parsed = new CssParser().parse(css.toUri().toURL());
            Stylesheet binary = Stylesheet.loadBinary(bss.toUri().toURL());
            assertThat(describe(binary.getRules())).as(css.toString()).isEqualTo(describe(parsed.getRules()));
        }
    }

    private static List<String> describe(List<Rule> rules) {
        return rules.stream().map(rule -> rule.getSelectors() + " " + rule.getDeclarations()).toList();
    }
}
