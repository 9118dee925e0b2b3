package no.baerekraftsjekk.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import no.baerekraftsjekk.storage.AssessmentSummary;
import no.baerekraftsjekk.storage.DataFolder;
import no.baerekraftsjekk.ui.common.TextSize;
import no.baerekraftsjekk.ui.common.Theme;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The window as the program starts it: the library opened early, while JavaFX starts, and the
 * start-up probe saying when the library is usable, which the start-up benchmark measures.
 */
@ExtendWith(ApplicationExtension.class)
class UsableLibraryWindowTest {
    @TempDir
    Path data;

    private final ByteArrayOutputStream probeOutput = new ByteArrayOutputStream();
    private DesktopSession session;

    @Start
    void start(Stage stage) {
        WindowUnderTest.seed(data);
        System.setProperty(DataFolder.PROPERTY, data.toString());
        Theme.apply();
        StartupProbe probe = new StartupProbe(true, false, false, false,
                new PrintStream(probeOutput, true, StandardCharsets.UTF_8), Instant.now());
        session = new DesktopSession(EarlyTexts.read(data), AssessmentOpenerFactory.standard(), () -> { }, StartupWarmup.none(),
                StartupRequest.window(), probe, true);
        session.start(stage);
    }

    @AfterEach
    void stop() {
        WindowUnderTest.stop(session);
    }

    private List<String> probeLines() {
        return probeOutput.toString(StandardCharsets.UTF_8).lines().toList();
    }

    @Test
    void saysTheLibraryIsUsableOnceItsRowsAreDrawnWithTheFirstSelectedAndTheSearchFieldReady(FxRobot robot) throws Exception {
        WindowUnderTest.waitUntil(() -> probeLines().stream().anyMatch(line -> line.startsWith("LIBRARY_USABLE ")));

        TableView<AssessmentSummary> table = robot.lookup(".library-table").queryTableView();
        assertThat(table.getItems()).hasSize(6);
        assertThat(table.getSelectionModel().getSelectedIndex()).isZero();
        assertThat(robot.lookup(".table-row-cell").queryAll()).isNotEmpty();
        TextField search = robot.lookup(".library-search").queryAs(TextField.class);
        assertThat(search.isVisible() && search.isEditable() && !search.isDisabled()).isTrue();
        // The steps on the way, in order: the benchmark prints them to show where the time goes.
        List<String> events = probeLines().stream().map(line -> line.startsWith("PHASE ") ? line.split(" ")[1] : line.split(" ")[0]).toList();
        assertThat(events).containsSubsequence("theme", "openDone", "services", "viewBuilt", "listed", "LIBRARY_USABLE");
    }

    @Test
    void theDaysBackupIsTakenOnceTheLibraryIsUsable() throws Exception {
        // The seeded library is new, and a new library gets no backup when it is made.
        no.baerekraftsjekk.storage.LibraryBackups backups =
                no.baerekraftsjekk.storage.LibraryBackups.of(data.resolve(DataFolder.DATABASE_FILE));
        WindowUnderTest.waitUntil(() -> probeLines().stream().anyMatch(line -> line.startsWith("LIBRARY_USABLE ")));

        WindowUnderTest.waitUntil(() -> backups.list().size() == 1);
    }

    @Test
    void aTitleGetsItsTooltipWhenThePointerComesNotBefore(FxRobot robot) throws Exception {
        WindowUnderTest.waitUntil(() -> probeLines().stream().anyMatch(line -> line.startsWith("LIBRARY_USABLE ")));
        List<TableCell<?, ?>> titles = robot.lookup(".table-cell").queryAllAs(TableCell.class).stream()
                .<TableCell<?, ?>>map(cell -> cell)
                .filter(cell -> cell.getTableColumn() != null && cell.getTableColumn().getText().equals("Tittel") && !cell.isEmpty())
                .toList();
        assertThat(titles).isNotEmpty().allMatch(cell -> cell.getTooltip() == null);
        TableCell<?, ?> first = titles.get(0);

        robot.moveTo(first);

        WindowUnderTest.waitUntil(() -> first.getTooltip() != null);
        assertThat(first.getTooltip().getText()).isEqualTo(first.getItem());
    }

    @Test
    void theButtonsGetTheirTooltipsOnceTheLibraryIsDrawn(FxRobot robot) throws Exception {
        WindowUnderTest.waitUntil(() -> probeLines().stream().anyMatch(line -> line.startsWith("LIBRARY_USABLE ")));
        javafx.scene.control.Button newButton = robot.lookup("#newButton").queryButton();
        javafx.scene.control.TextField search = robot.lookup("#searchField").queryAs(javafx.scene.control.TextField.class);

        WindowUnderTest.waitUntil(() -> newButton.getTooltip() != null && search.getTooltip() != null);
        assertThat(newButton.getTooltip().getText()).isNotBlank();
        // Screen readers read a control's tooltip as its help.
        assertThat(newButton.queryAccessibleAttribute(javafx.scene.AccessibleAttribute.HELP))
                .isEqualTo(newButton.getTooltip().getText());
    }

    /**
     * The list's rows have a fixed height, so JavaFX need not measure rows to lay the list out; it
     * must be the height the theme gives a row (its cell size, 3 em), at every text size.
     */
    @Test
    void rowsKeepTheThemesHeightAtEveryTextSize(FxRobot robot) throws Exception {
        WindowUnderTest.waitUntil(() -> probeLines().stream().anyMatch(line -> line.startsWith("LIBRARY_USABLE ")));
        TableView<AssessmentSummary> table = robot.lookup(".library-table").queryTableView();
        assertThat(table.getFixedCellSize()).isPositive();
        for (TextSize size : List.of(TextSize.NORMAL, TextSize.LARGEST)) {
            robot.interact(() -> session.window().appearance().textSizeProperty().set(size));
            WindowUnderTest.waitUntil(() -> firstRow(robot).getFont().getSize() == size.pixels());
            robot.interact(() -> table.getScene().getRoot().layout());
            TableRow<?> row = firstRow(robot);
            assertThat(row.getHeight()).as(size.name()).isEqualTo(3 * row.getFont().getSize());
            assertThat(table.getFixedCellSize()).as(size.name()).isEqualTo(row.getHeight());
        }
    }

    private static TableRow<?> firstRow(FxRobot robot) {
        return robot.lookup(".table-row-cell").queryAllAs(TableRow.class).stream()
                .filter(row -> !row.isEmpty() && row.getIndex() == 0).findFirst().orElseThrow();
    }

    @Test
    void theLibraryOpenedEarlyIsTheOneTheWindowUses(FxRobot robot) throws Exception {
        WindowUnderTest.waitUntil(() -> probeLines().stream().anyMatch(line -> line.startsWith("LIBRARY_USABLE ")));
        robot.clickOn(".library-search").write("svømmehall");

        WindowUnderTest.waitUntil(() -> robot.lookup(".library-table").queryTableView().getItems().size() == 1);
    }
}
