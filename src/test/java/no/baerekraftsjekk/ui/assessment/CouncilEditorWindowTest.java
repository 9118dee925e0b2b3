package no.baerekraftsjekk.ui.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import javafx.scene.Scene;
import javafx.scene.control.Labeled;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import no.baerekraftsjekk.domain.Assessment;
import no.baerekraftsjekk.domain.analysis.AssessmentAnalyzer;
import no.baerekraftsjekk.storage.council.CouncilConnector;
import no.baerekraftsjekk.storage.council.CouncilServer;
import no.baerekraftsjekk.storage.council.CouncilTestServer;
import no.baerekraftsjekk.storage.council.EditQueue;
import no.baerekraftsjekk.storage.council.FlakyNetwork;
import no.baerekraftsjekk.storage.council.PostgresLibrary;
import no.baerekraftsjekk.storage.council.QueuedCouncilLibrary;
import no.baerekraftsjekk.ui.FakeDialogs;
import no.baerekraftsjekk.ui.FakeSettings;
import no.baerekraftsjekk.ui.FxTesting;
import no.baerekraftsjekk.ui.TestSnapshots;
import no.baerekraftsjekk.ui.UiServices;
import no.baerekraftsjekk.ui.Words;
import no.baerekraftsjekk.ui.common.BackgroundTasks;
import no.baerekraftsjekk.ui.common.Theme;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The editor on the real council library (embedded PostgreSQL) with two sessions: Kari has the
 * assessment open in the window, Ola saves it from his own program. Kari is told at once, through
 * LISTEN/NOTIFY, and both ways out work. And while the network is cut, Kari's edits are kept on
 * this machine and the editor says so until they are sent.
 */
@Tag("postgres")
@ExtendWith(ApplicationExtension.class)
class CouncilEditorWindowTest {
    @TempDir
    Path dataFolder;

    private Stage stage;
    private final FakeErrors errors = new FakeErrors();
    private final List<Long> opened = new CopyOnWriteArrayList<>();
    private BackgroundTasks tasks;
    private QueuedCouncilLibrary kari;
    private PostgresLibrary ola;
    private AssessmentPage page;

    @Start
    void start(Stage stage) {
        Theme.apply();
        this.stage = stage;
    }

    @AfterEach
    void stop() throws Exception {
        FxTesting.onFx(stage::hide);
        if (tasks != null) {
            tasks.close();
        }
        if (kari != null) {
            kari.close();
        }
        if (ola != null) {
            ola.close();
        }
    }

    @Test
    void aColleaguesSaveIsShownAtOnceAndTakingTheirsContinuesFromIt(FxRobot robot) throws Exception {
        CouncilServer council = CouncilTestServer.newLibrary("editor_theirs");
        long id = openAsKari(council, council);
        ola = PostgresLibrary.open(new CouncilConnector(council), "Ola Nordmann", Clock.systemUTC());

        olaSavesAndKariIsToldWithinASecond(robot, id);

        robot.clickOn("#takeTheirs");

        FxTesting.await("Ola's version is shown", () -> title(robot).equals("Felles sak – Olas versjon"));
        assertThat(barShown(robot)).isFalse();
        robot.clickOn("#caseTitle").push(KeyCode.END).write(" og Karis");
        FxTesting.await("Kari's next edit is saved over Ola's version",
                () -> ola.find(id).orElseThrow().assessment().caseInfo().title().equals("Felles sak – Olas versjon og Karis"));
        assertThat(ola.find(id).orElseThrow().changedBy()).isEqualTo("kari");
        assertThat(ola.list()).hasSize(1);
        assertThat(errors.shown).isEmpty();
    }

    @Test
    void keepingMineMakesACopyAndLeavesTheColleaguesVersionAlone(FxRobot robot) throws Exception {
        CouncilServer council = CouncilTestServer.newLibrary("editor_mine");
        long id = openAsKari(council, council);
        ola = PostgresLibrary.open(new CouncilConnector(council), "Ola Nordmann", Clock.systemUTC());

        olaSavesAndKariIsToldWithinASecond(robot, id);

        robot.clickOn("#keepMineAsCopy");

        FxTesting.await("the copy is shown in place", () -> opened.size() == 1);
        long copy = opened.getFirst();
        assertThat(copy).isNotEqualTo(id);
        assertThat(ola.find(copy).orElseThrow().assessment().caseInfo().title()).isEqualTo("Kopi av Felles sak");
        assertThat(ola.find(id).orElseThrow().assessment().caseInfo().title()).isEqualTo("Felles sak – Olas versjon");
        assertThat(ola.find(id).orElseThrow().version()).isEqualTo(2);
        assertThat(errors.shown).isEmpty();
    }

    @Test
    void editsMadeWhileTheServerIsLostAreKeptHereAndTheEditorSaysSoUntilSent(FxRobot robot) throws Exception {
        CouncilServer direct = CouncilTestServer.newLibrary("editor_kept");
        try (FlakyNetwork network = new FlakyNetwork(CouncilTestServer.server().getPort())) {
            CouncilServer viaNetwork = CouncilServer.ofUrl(direct.url().replaceFirst("localhost:\\d+", "127.0.0.1:" + network.port()));
            long id = openAsKari(viaNetwork, direct);
            assertThat(keptShown(robot)).isFalse();

            network.cut();
            robot.clickOn("#caseTitle").push(KeyCode.END).write(" uten nett");

            FxTesting.await("the editor says the edit is kept on this machine", () -> keptShown(robot));
            assertThat(robot.lookup("#keptLocally").queryLabeled().getText())
                    .isEqualTo("Lagret på denne maskinen – sendes når kommunebiblioteket svarer igjen");
            assertThat(kari.keptEdits()).isPositive();
            TestSnapshots.save(robot.lookup("#keptLocally").query().getScene(), "council-editor-kept-locally");

            network.mend();

            // No further keystroke is needed: the editor tries to send them by itself.
            FxTesting.await("the line goes once the edits are sent", () -> !keptShown(robot));
            assertThat(kari.keptEdits()).isZero();
            try (PostgresLibrary check = PostgresLibrary.open(new CouncilConnector(direct), "it", Clock.systemUTC())) {
                assertThat(check.find(id).orElseThrow().assessment().caseInfo().title()).isEqualTo("Felles sak uten nett");
            }
        }
    }

    /** Kari's program on {@code kariReaches}, the assessment made on {@code direct} and open in her editor. */
    private long openAsKari(CouncilServer kariReaches, CouncilServer direct) {
        long id;
        try (PostgresLibrary maker = PostgresLibrary.open(new CouncilConnector(direct), "kari", Clock.systemUTC())) {
            id = maker.create(Assessment.newDraft("Felles sak")).id();
        }
        kari = new QueuedCouncilLibrary(PostgresLibrary.open(new CouncilConnector(kariReaches), "kari", Clock.systemUTC()),
                EditQueue.in(dataFolder), Clock.systemUTC());
        tasks = new BackgroundTasks(errors);
        UiServices services = new UiServices(kari, AssessmentAnalyzer.standard(), tasks, errors, new FakeFileDialogs(),
                new FakeSettings(), term -> { }, Words.TEXTS, Words.REFERENCE, new FakeDialogs());
        FxTesting.onFx(() -> {
            page = new AssessmentPage(services, kari.find(id).orElseThrow(), () -> { }, opened::add);
            stage.setScene(new Scene(page.root(), 1280, 800));
            stage.show();
        });
        FxTesting.await("the assessment is open", () -> title(robotless()).equals("Felles sak"));
        return id;
    }

    private void olaSavesAndKariIsToldWithinASecond(FxRobot robot, long id) {
        FxTesting.await("Kari's editor hears colleagues' saves", () -> page.hearsColleagues());
        assertThat(barShown(robot)).isFalse();

        long start = System.nanoTime();
        ola.save(id, 1, Assessment.newDraft("Felles sak – Olas versjon"));
        while (!FxTesting.get(() -> page.savedElsewhere().isShown()) && System.nanoTime() - start < 1_000_000_000L) {
            Thread.onSpinWait();
        }
        long heardAfterMillis = (System.nanoTime() - start) / 1_000_000;

        assertThat(heardAfterMillis).as("told within a second").isLessThan(1_000);
        assertThat(barShown(robot)).isTrue();
        String message = robot.lookup("#savedElsewhereMessage").queryLabeled().getText();
        assertThat(message).matches("Ola Nordmann lagret denne vurderingen kl\\. \\d\\d:\\d\\d\\.");
        assertThat(robot.lookup("#takeTheirs").queryAs(Labeled.class).getText()).isEqualTo("Ta inn deres versjon");
        assertThat(robot.lookup("#keepMineAsCopy").queryAs(Labeled.class).getText()).isEqualTo("Behold min som kopi");
        TestSnapshots.save(robot.lookup("#savedElsewhereBar").query().getScene(), "council-editor-saved-elsewhere");
    }

    private FxRobot robotless() {
        return new FxRobot();
    }

    private static boolean barShown(FxRobot robot) {
        return FxTesting.get(() -> robot.lookup("#savedElsewhereBar").query().isVisible());
    }

    private static boolean keptShown(FxRobot robot) {
        return FxTesting.get(() -> robot.lookup("#keptLocally").query().isVisible());
    }

    private static String title(FxRobot robot) {
        return robot.lookup("#caseTitle").tryQuery().map(n -> ((TextInputControl) n).getText()).orElse("");
    }
}
