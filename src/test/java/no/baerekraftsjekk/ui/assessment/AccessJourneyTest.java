package no.baerekraftsjekk.ui.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.Labeled;
import javafx.scene.control.TextInputControl;
import javafx.stage.Stage;
import no.baerekraftsjekk.domain.Assessment;
import no.baerekraftsjekk.domain.CaseInfo;
import no.baerekraftsjekk.domain.Fixtures;
import no.baerekraftsjekk.domain.Status;
import no.baerekraftsjekk.domain.analysis.AssessmentAnalyzer;
import no.baerekraftsjekk.storage.council.CouncilConnector;
import no.baerekraftsjekk.storage.council.CouncilPeople;
import no.baerekraftsjekk.storage.council.CouncilTestServer;
import no.baerekraftsjekk.storage.council.CouncilUsers;
import no.baerekraftsjekk.storage.council.EditQueue;
import no.baerekraftsjekk.storage.council.LibraryRole;
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
import no.baerekraftsjekk.usecase.ReviewAssessment;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * Who may change an assessment, in the window on the real council library: Kari names Per as a
 * colleague on her exempt case and Per may change it; a reader and a caseworker of another unit get
 * a read-only editor that says why and saves nothing; a colleague the database will not accept is
 * refused in the one error dialog, in Norwegian. A reader still makes the report. Snapshots in target/snapshots/roles-ui/.
 */
@Tag("postgres")
@Tag("slow")
@ExtendWith(ApplicationExtension.class)
class AccessJourneyTest {
    @TempDir
    Path dataFolder;

    private Stage stage;
    private final FakeErrors errors = new FakeErrors();
    private final FakeFileDialogs dialogs = new FakeFileDialogs();
    private BackgroundTasks tasks;
    private QueuedCouncilLibrary open;
    private AssessmentPage page;
    private CouncilPeople people;

    @Start
    void start(Stage stage) {
        Theme.apply();
        this.stage = stage;
    }

    @AfterEach
    void stop() {
        FxTesting.onFx(stage::hide);
        closeOpen();
    }

    @Test
    void theOwnerNamesColleaguesAndThoseWhoMayNotChangeItReadOnly(FxRobot robot) throws Exception {
        Files.createDirectories(Path.of("target", "snapshots", "roles-ui"));
        people = new CouncilPeople(CouncilTestServer.newLibrary("access_journey"))
                .add("kari", "Kari Nordmann", LibraryRole.CASEWORKER, "Helse")
                .add("per", "Per Hansen", LibraryRole.CASEWORKER, "Helse")
                .add("ola", "Ola Skole", LibraryRole.CASEWORKER, "Skole")
                .add("lena", "Lena Leder", LibraryRole.LEADER, "Helse")
                .add("rita", "Rita Leser", LibraryRole.READER, "Helse");
        long exempt;
        long approved;
        try (PostgresLibrary kari = people.library("kari")) {
            exempt = kari.create(CouncilPeople.assessment("Barnevernssak", "Helse", "Offl. § 13", Status.DRAFT)).id();
            var created = kari.create(complete());
            var asked = kari.save(created.id(), created.version(), ReviewAssessment.requested(created.assessment(), LocalDate.now()));
            approved = created.id();
            try (PostgresLibrary lena = people.library("lena")) {
                lena.save(approved, asked.version(), ReviewAssessment.approved(asked.assessment(), "Lena Leder", LocalDate.now()));
            }
        }

        // Kari owns the exempt case: she names Per, a caseworker of her unit.
        openAs("kari", exempt);
        awaitShown(robot, "#colleaguesMenu");
        assertThat(shown(robot, "#readOnlyNotice")).isFalse();
        assertThat(text(robot, "#colleaguesChosen")).contains("Ingen kolleger har fått tilgang");
        robot.clickOn("#colleaguesMenu");
        assertThat(robot.lookup("Rita Leser (Helse)").tryQuery()).as("a reader is not offered").isEmpty();
        FxTesting.await("the menu is open", () -> robot.lookup("Per Hansen (Helse)").tryQuery().isPresent());
        TestSnapshots.save(FxTesting.get(() -> robot.lookup("Per Hansen (Helse)").query().getScene()), "roles-ui/0-colleagues-menu");
        robot.clickOn("Per Hansen (Helse)");
        FxTesting.await("Per is named in the library", () -> {
            try (PostgresLibrary kari = people.library("kari")) {
                return kari.colleagues(exempt).equals(java.util.List.of(people.login("per")));
            }
        });
        FxTesting.await("the bar names Per", () -> text(robot, "#colleaguesChosen").contains("Per Hansen"));
        TestSnapshots.save(stage.getScene(), "roles-ui/1-owner-named-a-colleague");

        // Per may now change it, but does not name colleagues: he does not own it.
        openAs("per", exempt);
        FxTesting.await("Per's rights are known", () -> FxTesting.get(() -> page.access().knownProperty().get()));
        assertThat(shown(robot, "#readOnlyNotice")).isFalse();
        assertThat(shown(robot, "#colleaguesMenu")).isFalse();
        FxTesting.onFx(() -> page.editor().currentStepProperty().set(Step.CASE));
        assertThat(FxTesting.get(() -> ((TextInputControl) robot.lookup("#caseTitle").query()).isEditable())).isTrue();
        TestSnapshots.save(stage.getScene(), "roles-ui/2-named-colleague-may-change");

        // Rita reads the approved assessment: every field locked, a line says why, nothing is saved.
        long before = version(approved);
        openAs("rita", approved);
        awaitText(robot, "#readOnlyNotice", "Du kan lese denne vurderingen, men ikke endre den.");
        FxTesting.await("the review says who approved it, and nothing about changing it", () -> text(robot, "#reviewStatus")
                .startsWith("Kvalitetssikret av Lena Leder") && !text(robot, "#reviewStatus").contains("Endrer du"));
        assertThat(shown(robot, "#reviewMessage")).as("no refusal to read comments").isFalse();
        FxTesting.onFx(() -> page.editor().currentStepProperty().set(Step.CASE));
        FxTesting.await("the title is locked", () -> !FxTesting.get(() -> ((TextInputControl) robot.lookup("#caseTitle").query()).isEditable()));
        robot.clickOn("#caseTitle").write("Endret");
        assertThat(FxTesting.get(() -> ((TextInputControl) robot.lookup("#caseTitle").query()).getText())).doesNotContain("Endret");
        assertThat(FxTesting.get(() -> robot.lookup("#addAlternativeMenu").query().isDisabled())).isTrue();
        TestSnapshots.save(stage.getScene(), "roles-ui/3-reader-reads-only");
        FxTesting.onFx(() -> page.editor().currentStepProperty().set(Step.SCREENING));
        FxTesting.await("no choice of the screening can be used", () -> FxTesting.get(() -> {
            var choices = robot.lookup(".step-content").queryAll().stream()
                    .flatMap(n -> ((javafx.scene.Parent) n).lookupAll("*").stream())
                    .filter(n -> n instanceof ButtonBase && !(n instanceof javafx.scene.control.Hyperlink) && n.isVisible())
                    .toList();
            return !choices.isEmpty() && choices.stream().allMatch(Node::isDisabled);
        }));
        TestSnapshots.save(stage.getScene(), "roles-ui/4-reader-screening-locked");
        // Making the report changes nothing: Rita makes the PDF for the politicians and can open it.
        dialogs.saveLocation = dataFolder.resolve("rita-rapport.pdf");
        FxTesting.onFx(() -> page.editor().currentStepProperty().set(Step.REPORT));
        FxTesting.await("the report buttons can be used", () -> FxTesting.get(() -> !robot.lookup("#makePdf").query().isDisabled()
                && !robot.lookup("#showPreview").query().isDisabled() && !robot.lookup("#reportLanguage").query().isDisabled()));
        FxTesting.onFx(() -> ((ButtonBase) robot.lookup("#makePdf").query()).fire());
        FxTesting.await("the PDF is made", () -> Files.isRegularFile(dataFolder.resolve("rita-rapport.pdf"))
                && shown(robot, "#openReport"));
        assertThat(FxTesting.get(() -> robot.lookup("#openReport").query().isDisabled())).isFalse();
        TestSnapshots.save(stage.getScene(), "roles-ui/4b-reader-made-the-report");
        assertThat(FxTesting.get(() -> page.editor().autosaver().hasUnsavedChanges())).isFalse();
        assertThat(version(approved)).as("nothing was saved").isEqualTo(before);

        // Ola, a caseworker of another unit, reads it too and is told whose it is.
        openAs("ola", approved);
        awaitText(robot, "#readOnlyNotice", "Den hører til Helse");
        TestSnapshots.save(stage.getScene(), "roles-ui/5-other-unit-reads-only");
        assertThat(errors.shown).isEmpty();

        // IT takes Ola out of the library while Kari has the case open: the database refuses him.
        openAs("kari", exempt);
        awaitShown(robot, "#colleaguesMenu");
        try (PostgresLibrary it = PostgresLibrary.open(new CouncilConnector(people.council()), "it", Clock.systemUTC())) {
            new CouncilUsers(it).remove(people.login("ola"));
        }
        robot.clickOn("#colleaguesMenu");
        robot.clickOn("Ola Skole (Skole)");
        FxTesting.await("the refusal is shown", () -> !errors.shown.isEmpty());
        assertThat(errors.shown).containsExactly("Tilgangen ble ikke endret: "
                + "En kollega du gir tilgang, må være registrert som saksbehandler eller leder i kommunebiblioteket.");
        FxTesting.await("the bar still names Per only", () -> text(robot, "#colleaguesChosen").endsWith("Per Hansen"));
        TestSnapshots.save(stage.getScene(), "roles-ui/6-owner-refused");
        try (PostgresLibrary kari = people.library("kari")) {
            assertThat(kari.colleagues(exempt)).containsExactly(people.login("per"));
        }
    }

    /** A sound, complete assessment of the unit Helse. */
    private static Assessment complete() {
        Assessment full = Fixtures.fullAssessment();
        CaseInfo info = full.caseInfo();
        Assessment a = full.withCaseInfo(new CaseInfo("Ny helsestasjon", info.caseNumber(), info.caseType(),
                info.organisation(), "Helse", "Kari Nordmann", info.date(), info.description(), null));
        for (var conflict : AssessmentAnalyzer.standard().analyse(full).conflictsNeedingHandling()) {
            a = a.withHandling(no.baerekraftsjekk.domain.ConflictHandling.of(conflict.goals(), "Vi har veid dette.", ""));
        }
        return a.withStatus(Status.COMPLETE);
    }

    private long version(long id) {
        try (PostgresLibrary lena = people.library("lena")) {
            return lena.find(id).orElseThrow().version();
        }
    }

    private void openAs(String who, long id) {
        FxTesting.onFx(() -> stage.hide());
        closeOpen();
        open = new QueuedCouncilLibrary(people.library(who), EditQueue.in(dataFolder.resolve(who)), Clock.systemUTC());
        tasks = new BackgroundTasks(errors);
        UiServices services = new UiServices(open, AssessmentAnalyzer.standard(), tasks, errors, dialogs,
                new FakeSettings(), term -> { }, Words.TEXTS, Words.REFERENCE, new FakeDialogs());
        var stored = open.find(id).orElseThrow();
        FxTesting.onFx(() -> {
            page = new AssessmentPage(services, stored, () -> { }, other -> { });
            stage.setScene(new Scene(page.root(), 1280, 800));
            stage.show();
        });
    }

    private void closeOpen() {
        if (tasks != null) {
            tasks.close();
            tasks = null;
        }
        if (open != null) {
            open.close();
            open = null;
        }
    }

    private static void awaitShown(FxRobot robot, String id) {
        FxTesting.await(id + " is shown", () -> shown(robot, id));
    }

    private static void awaitText(FxRobot robot, String id, String part) {
        FxTesting.await(id + " says «" + part + "»", () -> shown(robot, id) && text(robot, id).contains(part));
    }

    private static String text(FxRobot robot, String id) {
        return FxTesting.get(() -> robot.lookup(id).tryQuery().map(n -> ((Labeled) n).getText()).orElse(""));
    }

    private static boolean shown(FxRobot robot, String id) {
        return FxTesting.get(() -> robot.lookup(id).tryQuery().map(n -> n.isVisible() && n.getParent().isVisible()
                && n.getParent().getParent().isVisible()).orElse(false));
    }
}
