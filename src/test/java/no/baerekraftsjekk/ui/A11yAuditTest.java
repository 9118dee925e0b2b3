package no.baerekraftsjekk.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.Background;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The audit the window tests rely on finds what it must: it would fail a screen that has the fault. */
class A11yAuditTest {
    @BeforeAll
    static void platform() {
        FxTesting.startPlatform();
    }

    @Test
    void aFieldWithNeitherANameNorALabelIsFound() {
        List<String> problems = FxTesting.get(() -> {
            TextField field = new TextField();
            field.setId("nameless");
            return A11yAudit.unnamed(shown(new VBox(field)));
        });
        assertThat(problems).singleElement().asString().contains("no accessible name").contains("#nameless");
    }

    @Test
    void aLabelPointingAtTheFieldOrItsOwnAccessibleTextNamesIt() {
        List<String> problems = FxTesting.get(() -> {
            TextField labelled = new TextField();
            Label label = new Label("Tittel");
            label.setLabelFor(labelled);
            TextField named = new TextField();
            named.setAccessibleText("Saksnummer");
            return A11yAudit.unnamed(shown(new VBox(label, labelled, named)));
        });
        assertThat(problems).isEmpty();
    }

    @Test
    void aFocusableBoxNeedsARoleAsWellAsAName() {
        List<String> problems = FxTesting.get(() -> {
            StackPane tile = new StackPane();
            tile.setFocusTraversable(true);
            tile.setAccessibleText("Mål 1");
            return A11yAudit.unnamed(shown(new VBox(tile)));
        });
        assertThat(problems).singleElement().asString().contains("no accessible role");
    }

    @Test
    void greyTextOnWhiteUnderFourAndAHalfToOneIsFoundAndDarkGreyIsNot() {
        List<String> problems = FxTesting.get(() -> {
            Label faint = new Label("Svak");
            faint.setTextFill(Color.web("#999999"));
            Label dark = new Label("Tydelig");
            dark.setTextFill(Color.web("#595959"));
            return A11yAudit.lowContrast(shown(new VBox(faint, dark)));
        });
        assertThat(problems).singleElement().asString().contains("\"Svak\"").contains("#999999 on #ffffff");
    }

    @Test
    void aTranslucentBackgroundIsLaidOverWhatIsUnderIt() {
        List<String> problems = FxTesting.get(() -> {
            Label white = new Label("Hvit");
            white.setTextFill(Color.WHITE);
            StackPane half = new StackPane(white);
            half.setBackground(Background.fill(Color.color(0, 0, 0, 0.5)));
            return A11yAudit.lowContrast(shown(new VBox(half)));
        });
        // White on 50 % black over white (#808080) is 3.9:1.
        assertThat(problems).singleElement().asString().contains("#808080");
    }

    @Test
    void contrastIsWcags() {
        assertThat(A11yAudit.contrast(Color.BLACK, Color.WHITE)).isEqualTo(21.0);
        assertThat(A11yAudit.contrast(Color.web("#767676"), Color.WHITE)).isBetween(4.5, 4.6);
    }

    private static VBox shown(VBox root) {
        // White, whatever the theme under it says.
        root.setStyle("-fx-background-color: white;");
        Scene scene = new Scene(root, 300, 200);
        root.applyCss();
        root.layout();
        return (VBox) scene.getRoot();
    }
}
