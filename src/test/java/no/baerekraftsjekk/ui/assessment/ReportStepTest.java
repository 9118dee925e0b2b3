package no.baerekraftsjekk.ui.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import no.baerekraftsjekk.ui.TestSnapshots;
import no.baerekraftsjekk.ui.main.MainWindow;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Step 7 makes the real reports in the background, where the caseworker chose, and reports failures in Norwegian. */
@ExtendWith(ApplicationExtension.class)
@Tag("slow")
class ReportStepTest {
    private PageFixture fixture;
    private volatile AssessmentEditorViewModel reopenedEditor;

    @TempDir
    Path folder;

    @Start
    void start(Stage stage) {
        fixture = new PageFixture(stage, EditorFixtures.soundAndHandled(), Step.REPORT);
        // As in the main window, whose stylesheet the notification after an export takes.
        fixture.scene.getStylesheets().add(ReportStepTest.class.getResource(MainWindow.STYLESHEET).toExternalForm());
    }

    @Test
    void thePdfIsWrittenWhereTheCaseworkerChose(FxRobot robot) throws Exception {
        // A deep folder, as on a council's file share: the field must still show the file name.
        Path deep = folder.resolve("Felles").resolve("Kommunalteknikk og samfunnsutvikling").resolve("Saker 2026")
                .resolve("Bærekraftsvurderinger til kommunestyret");
        Files.createDirectories(deep);
        Path target = deep.resolve("rapport.pdf");
        fixture.dialogs.saveLocation = target;
        robot.clickOn("#makePdf");
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> fixture.page.editor().reportMadeProperty().get());
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(new String(Files.readAllBytes(target), 0, 5, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        assertThat(robot.lookup("#reportMessage").queryAs(Label.class).getText()).isEqualTo("PDF-en er lagret her:");
        assertThat(robot.lookup("#reportPath").queryAs(javafx.scene.control.TextField.class).getText()).isEqualTo(target.toString());
        assertThat(fixture.page.editor().stepStatesProperty().get().get(Step.REPORT)).isEqualTo(StepState.DONE);
        // Remembered with the assessment: a page opened on it later starts with step 7 done.
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> fixture.library.lastReport(fixture.id).isPresent());
        robot.interact(() -> {
            AssessmentPage reopened = new AssessmentPage(fixture.services, fixture.library.find(fixture.id).orElseThrow(),
                    () -> { }, id -> { });
            reopenedEditor = reopened.editor();
        });
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
                () -> reopenedEditor.stepStatesProperty().get().get(Step.REPORT) == StepState.DONE);
        StepSnapshots.save(fixture.scene, "report-made");
        javafx.scene.control.TextField path = robot.lookup("#reportPath").queryAs(javafx.scene.control.TextField.class);
        assertThat(path.getCaretPosition()).as("a long path shows its file name, the folder is what is cut")
                .isEqualTo(path.getText().length());
        assertThat(robot.lookup("#openReport").queryButton().isVisible()).isTrue();
        // The headless test machine has no desktop to open files with: the step says where the report is instead.
        robot.clickOn("#openReport");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
                () -> robot.lookup("#reportMessage").queryAs(Label.class).getText().startsWith("Kunne ikke åpne rapporten her."));
        assertThat(robot.lookup("#reportMessage").queryAs(Label.class).getText()).contains(target.toString());
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup(".notification-bar").tryQuery().isPresent());
        javafx.scene.Node notification = robot.lookup(".notification-bar").query();
        assertThat(robot.from(notification).lookup(".title").queryLabeled().getText()).isEqualTo("PDF-rapporten er laget");
        assertThat(robot.from(notification).lookup(".label").queryAll()).extracting(n -> ((Label) n).getText())
                .anySatisfy(text -> assertThat(text).contains("rapport.pdf").contains(deep.toString()));
        TestSnapshots.save(notification.getScene(), "report-made-notification");

        Path word = folder.resolve("rapport.docx");
        fixture.dialogs.saveLocation = word;
        robot.clickOn("#makeWord");
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> Files.exists(word));
        assertThat(Files.size(word)).isPositive();
        assertThat(fixture.errors.shown).isEmpty();
    }

    /** Issue 20: the first page can be read in the step before the report is made and sent on. */
    @Test
    void theFirstPageCanBeReadInTheStepInTheChosenLanguage(FxRobot robot) throws Exception {
        robot.clickOn("#showPreview");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#reportPreview").tryQuery().isPresent());
        javafx.scene.Node page = robot.lookup("#reportPreview").query();
        assertThat(robot.from(page).lookup(".label").queryAllAs(Label.class)).extracting(Label::getText)
                .contains("Solkraftverk på Øvre Eik")
                .anySatisfy(text -> assertThat(text).contains("Målkonflikter"))
                .noneSatisfy(text -> assertThat(text).isEqualTo("Vurdering av hvert mål"));
        assertThat(robot.lookup("#reportPreviewChart").tryQuery()).isPresent();
        no.baerekraftsjekk.ui.WindowSmallSnapshots.save(fixture.scene, "report-preview");

        robot.interact(() -> robot.lookup("#reportLanguage").queryAs(javafx.scene.control.ComboBox.class)
                .getSelectionModel().select(no.baerekraftsjekk.domain.text.Language.EN));
        WaitForAsyncUtils.waitForFxEvents();
        javafx.scene.Node english = robot.lookup("#reportPreview").query();
        assertThat(robot.from(english).lookup(".label").queryAllAs(Label.class)).extracting(Label::getText)
                .anySatisfy(text -> assertThat(text).contains("Goal conflicts"));
    }

    @Test
    void aFolderThatIsGoneGivesANorwegianMessageAndNoFile(FxRobot robot) throws Exception {
        Path target = folder.resolve("finnes-ikke").resolve("rapport.pdf");
        fixture.dialogs.saveLocation = target;
        robot.clickOn("#makePdf");
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> !fixture.errors.shown.isEmpty());

        assertThat(fixture.errors.shown.getFirst()).startsWith("Kunne ikke lagre rapporten: ").contains("finnes ikke");
        assertThat(target).doesNotExist();
    }

    @Test
    void aCancelledDialogMakesNothing(FxRobot robot) {
        fixture.dialogs.saveLocation = null;
        robot.clickOn("#makeWord");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(fixture.page.editor().reportMadeProperty().get()).isFalse();
        assertThat(robot.lookup("#reportMessage").queryAs(Label.class).getText()).isEmpty();
    }

    @Test
    void theShortVariantChosenInTheWindowGivesAShorterReport(FxRobot robot) throws Exception {
        Path full = folder.resolve("full.pdf");
        fixture.dialogs.saveLocation = full;
        robot.clickOn("#makePdf");
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> fixture.page.editor().reportMadeProperty().get());
        WaitForAsyncUtils.waitForFxEvents();

        Path kort = folder.resolve("kort.pdf");
        fixture.dialogs.saveLocation = kort;
        robot.clickOn("#variantSHORT");
        robot.clickOn("#makePdf");
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> Files.exists(kort));
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS,
                () -> robot.lookup("#reportPath").queryAs(javafx.scene.control.TextField.class).getText().equals(kort.toString()));
        try (var fullPdf = new org.openpdf.text.pdf.PdfReader(Files.readAllBytes(full));
                var kortPdf = new org.openpdf.text.pdf.PdfReader(Files.readAllBytes(kort))) {
            assertThat(kortPdf.getNumberOfPages()).isBetween(1, 3).isLessThan(fullPdf.getNumberOfPages());
        }
        assertThat(fixture.errors.shown).isEmpty();
    }
}
