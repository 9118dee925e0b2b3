package no.baerekraftsjekk.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import javafx.stage.Window;
import no.baerekraftsjekk.ui.TestSnapshots;
import no.baerekraftsjekk.ui.Words;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

@ExtendWith(ApplicationExtension.class)
class FxErrorReporterWindowTest {
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        Theme.apply();
        stage.setScene(new Scene(new StackPane(), 800, 600));
        stage.show();
    }

    @Test
    void anUnexpectedErrorShowsItsIdAndWhereTheLogIsButNoStackTrace(FxRobot robot) throws Exception {
        FxErrorReporter reporter = new FxErrorReporter(() -> stage, Path.of("/home/kari/.local/share/baerekraftsjekk/logs"), Words.TEXTS);

        reporter.showUnexpected(new IllegalStateException("intern feil i koden"));

        DialogPane pane = waitForDialog(robot);
        String text = ((Label) pane.getContent()).getText();
        assertThat(pane.getHeaderText()).isEqualTo("Noe gikk galt");
        assertThat(text).containsPattern("Feilkode: [0-9a-f]{8}").contains("/home/kari/.local/share/baerekraftsjekk/logs")
                .doesNotContain("IllegalStateException").doesNotContain("intern feil");
        TestSnapshots.save(pane.getScene(), "error-unexpected");
        robot.clickOn("OK");
    }

    @Test
    void aLongImportReportWrapsInsteadOfBeingCutOff(FxRobot robot) throws Exception {
        FxErrorReporter reporter = new FxErrorReporter(() -> stage, Path.of("logs"), Words.TEXTS);
        String report = String.join("\n\n", List.of("2 importert, 1 avvist.",
                "«Ny barneskole på Eksempelhaugen – revidert etter høring i formannskapet.bkj» ble ikke importert:\n"
                        + "  • goals[3].positive: Verdien 5 er utenfor det tillatte området 0–3.\n"
                        + "  • case.title: Saken må ha en tittel.\n"
                        + "  • goals[7].targets[0]: Delmålet «7.9» finnes ikke.\n  … og 2 feil til.",
                "«klimastrategi.bkj» er importert, med merknader:\n  • Filen var merket som ferdig, men vurderingen er ikke klar "
                        + "til å bli ferdig. Den er lagret som utkast."));

        reporter.showError("Import av vurderinger", report);

        DialogPane pane = waitForDialog(robot);
        Label content = (Label) pane.getContent();
        assertThat(content.isWrapText()).isTrue();
        assertThat(content.getHeight()).isGreaterThanOrEqualTo(content.prefHeight(content.getWidth()) - 1);
        TestSnapshots.save(pane.getScene(), "error-import-report");
        robot.clickOn("OK");
    }

    private static DialogPane waitForDialog(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> dialog(robot) != null);
        WaitForAsyncUtils.waitForFxEvents();
        return (DialogPane) dialog(robot).getScene().getRoot();
    }

    private static Window dialog(FxRobot robot) {
        return robot.listWindows().stream()
                .filter(w -> w.getScene() != null && w.getScene().getRoot() instanceof DialogPane)
                .findFirst().orElse(null);
    }
}
