package no.baerekraftsjekk.ui.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import javafx.scene.Scene;
import javafx.scene.control.Labeled;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import no.baerekraftsjekk.domain.Assessment;
import no.baerekraftsjekk.domain.CaseInfo;
import no.baerekraftsjekk.domain.Fixtures;
import no.baerekraftsjekk.domain.ReviewStatus;
import no.baerekraftsjekk.domain.Status;
import no.baerekraftsjekk.domain.analysis.AssessmentAnalyzer;
import no.baerekraftsjekk.report.ReportFormat;
import no.baerekraftsjekk.storage.council.CouncilPeople;
import no.baerekraftsjekk.storage.council.CouncilTestServer;
import no.baerekraftsjekk.storage.council.EditQueue;
import no.baerekraftsjekk.storage.council.LibraryRole;
import no.baerekraftsjekk.storage.council.PostgresLibrary;
import no.baerekraftsjekk.storage.council.QueuedCouncilLibrary;
import no.baerekraftsjekk.storage.council.ReviewState;
import no.baerekraftsjekk.storage.council.Reviews;
import no.baerekraftsjekk.ui.FakeDialogs;
import no.baerekraftsjekk.ui.FakeSettings;
import no.baerekraftsjekk.ui.FxTesting;
import no.baerekraftsjekk.ui.TestSnapshots;
import no.baerekraftsjekk.ui.UiServices;
import no.baerekraftsjekk.ui.Words;
import no.baerekraftsjekk.ui.common.BackgroundTasks;
import no.baerekraftsjekk.ui.common.Theme;
import no.baerekraftsjekk.usecase.ExportReport;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * A leader's review in the window, on the real council library: Kari asks for review, Lena comments
 * on a goal and returns it, Kari fixes it and asks again, Lena approves, and the PDF says who
 * approved it. Each person sees only the buttons they may use. Snapshots in target/snapshots/roles/.
 */
@Tag("postgres")
@Tag("slow")
@ExtendWith(ApplicationExtension.class)
class ReviewJourneyTest {
    @TempDir
    Path dataFolder;

    private Stage stage;
    private final FakeErrors errors = new FakeErrors();
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
    void askCommentReturnFixApproveAndThePdfSaysWhoApproved(FxRobot robot) throws Exception {
        Files.createDirectories(Path.of("target", "snapshots", "roles"));
        people = new CouncilPeople(CouncilTestServer.newLibrary("review_journey"))
                .add("kari", "Kari Nordmann", LibraryRole.CASEWORKER, "Helse")
                .add("lena", "Lena Leder", LibraryRole.LEADER, "Helse");
        Assessment full = Fixtures.fullAssessment();
        CaseInfo info = full.caseInfo();
        Assessment start = full.withCaseInfo(new CaseInfo("Ny helsestasjon", info.caseNumber(), info.caseType(),
                info.organisation(), "Helse", "Kari Nordmann", info.date(), info.description(), null));
        Assessment complete = start;
        for (var conflict : AssessmentAnalyzer.standard().analyse(full).conflictsNeedingHandling()) {
            complete = complete.withHandling(no.baerekraftsjekk.domain.ConflictHandling.of(conflict.goals(), "Vi har veid dette.", ""));
        }
        complete = complete.withStatus(Status.COMPLETE);
        assertThat(AssessmentAnalyzer.standard().analyse(complete).readyToComplete()).as("a sound, complete assessment").isTrue();
        long id;
        try (PostgresLibrary kari = people.library("kari")) {
            id = kari.create(complete).id();
        }

        // Kari: may ask for review, may not approve.
        openAs("kari", id);
        awaitStatus(robot, "Ingen har kvalitetssikret");
        assertThat(shown(robot, "#requestReview")).isTrue();
        assertThat(shown(robot, "#approveReview")).isFalse();
        assertThat(shown(robot, "#returnReview")).isFalse();
        assertThat(shown(robot, "#reviewCommentText")).isFalse();
        robot.clickOn("#requestReview");
        awaitStatus(robot, "Sendt til kvalitetssikring");
        assertThat(shown(robot, "#requestReview")).isFalse();
        TestSnapshots.save(stage.getScene(), "roles/1-caseworker-asked-for-review");

        // Lena finds it in «Til kvalitetssikring», comments on goal 4 and returns it.
        try (PostgresLibrary lena = people.library("lena")) {
            assertThat(new Reviews(lena).awaiting()).extracting(s -> s.id()).containsExactly(id);
        }
        openAs("lena", id);
        awaitStatus(robot, "Til kvalitetssikring hos deg");
        assertThat(shown(robot, "#approveReview")).isTrue();
        assertThat(shown(robot, "#requestReview")).isFalse();
        FxTesting.onFx(() -> page.review().commentGoalProperty().set(4));
        robot.clickOn("#reviewCommentText").write("Skriv hva den nye helsestasjonen betyr for barn i lavinntektsfamilier.");
        robot.clickOn("#addReviewComment");
        FxTesting.await("the comment is listed", () -> commentsText(robot).contains("Mål 4 (Vurdering) – Lena Leder"));
        TestSnapshots.save(stage.getScene(), "roles/2-leader-commented");
        robot.clickOn("#returnReview");
        awaitStatus(robot, "Sendt tilbake av Lena Leder");
        assertThat(shown(robot, "#approveReview")).isFalse();
        TestSnapshots.save(stage.getScene(), "roles/3-leader-returned");

        // Kari reads the comment, fixes the case and asks again.
        openAs("kari", id);
        awaitStatus(robot, "Sendt tilbake av Lena Leder");
        FxTesting.await("Kari sees Lena's comment", () -> commentsText(robot).contains("lavinntektsfamilier"));
        TestSnapshots.save(stage.getScene(), "roles/4-caseworker-reads-comments");
        FxTesting.onFx(() -> page.editor().currentStepProperty().set(Step.CASE));
        robot.clickOn("#caseTitle").push(KeyCode.END).write(" for alle barn");
        FxTesting.await("the fix is saved", () -> !page.editor().autosaver().hasUnsavedChanges()
                && FxTesting.get(() -> page.editor().autosaver().stateProperty().get()) != Autosaver.State.PENDING);
        robot.clickOn("#requestReview");
        awaitStatus(robot, "Sendt til kvalitetssikring");

        // Lena approves.
        openAs("lena", id);
        awaitStatus(robot, "Til kvalitetssikring hos deg");
        robot.clickOn("#approveReview");
        String today = LocalDate.now().format(DateTimeFormatter.ofPattern("d.M.yyyy"));
        awaitStatus(robot, "Kvalitetssikret av Lena Leder, " + today + ". Endrer du noe, blir vurderingen et utkast");
        assertThat(shown(robot, "#approveReview")).isFalse();
        TestSnapshots.save(stage.getScene(), "roles/5-leader-approved");
        ReviewState state;
        Assessment approved;
        try (PostgresLibrary lena = people.library("lena")) {
            state = new Reviews(lena).state(id).orElseThrow();
            approved = lena.find(id).orElseThrow().assessment();
        }
        assertThat(state.approvedBy()).contains(people.login("lena"));
        assertThat(approved.caseInfo().title()).isEqualTo("Ny helsestasjon for alle barn");
        assertThat(approved.review().status()).isEqualTo(ReviewStatus.APPROVED);

        // The PDF says who approved it, and when.
        Path pdf = dataFolder.resolve("rapport.pdf");
        ExportReport.standard(AssessmentAnalyzer.standard(), Words.REFERENCE, Words.TEXTS).export(approved, ReportFormat.PDF, pdf);
        String text = pdfText(pdf);
        // The label may wrap in its column ("Kvalitetssikret / av"); the facts do not.
        assertThat(text).contains("Kvalitetssikret").containsPattern("Lena Leder, \\d{1,2}\\. \\p{L}+ \\d{4}");
        assertThat(text.replaceAll("\\s+", " ")).containsPattern("Kvalitetssikret (av )?Lena Leder");
        Path pages = Path.of("target", "snapshots", "roles", "6-report");
        new ProcessBuilder("pdftoppm", "-png", "-r", "60", "-f", "1", "-l", "1", pdf.toString(), pages.toString())
                .inheritIO().start().waitFor();

        // Kari opens the approved assessment: told before the first change; the change asks for a new review.
        openAs("kari", id);
        awaitStatus(robot, "Endrer du noe, blir vurderingen et utkast som må kvalitetssikres på nytt");
        TestSnapshots.save(stage.getScene(), "roles/7-caseworker-sees-approved");
        FxTesting.onFx(() -> page.editor().currentStepProperty().set(Step.CASE));
        robot.clickOn("#caseTitle").push(KeyCode.END).write("!");
        FxTesting.await("the change is saved as a draft asking for review", () -> {
            try (PostgresLibrary lena = people.library("lena")) {
                Assessment now = lena.find(id).orElseThrow().assessment();
                return now.status() == Status.DRAFT && now.review().status() == ReviewStatus.REQUESTED
                        && new Reviews(lena).state(id).orElseThrow().approvedBy().isEmpty();
            }
        });
        assertThat(errors.shown).isEmpty();
    }

    private void openAs(String who, long id) {
        FxTesting.onFx(() -> stage.hide());
        closeOpen();
        open = new QueuedCouncilLibrary(people.library(who), EditQueue.in(dataFolder.resolve(who)),
                java.time.Clock.systemUTC());
        tasks = new BackgroundTasks(errors);
        UiServices services = new UiServices(open, AssessmentAnalyzer.standard(), tasks, errors, new FakeFileDialogs(),
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

    private static void awaitStatus(FxRobot robot, String part) {
        FxTesting.await("the review says «" + part + "»", () -> FxTesting.get(() ->
                robot.lookup("#reviewStatus").tryQuery().map(n -> ((Labeled) n).getText()).orElse("")).contains(part));
    }

    private static boolean shown(FxRobot robot, String id) {
        return FxTesting.get(() -> robot.lookup(id).tryQuery().map(n -> n.isVisible() && n.getParent().isVisible()).orElse(false));
    }

    private static String commentsText(FxRobot robot) {
        return FxTesting.get(() -> robot.lookup("#reviewComments").tryQuery()
                .map(n -> ((javafx.scene.Parent) n).getChildrenUnmodifiable().stream()
                        .map(c -> ((Labeled) c).getText()).reduce("", (a, b) -> a + "\n" + b)).orElse(""));
    }

    private static String pdfText(Path pdf) throws Exception {
        Process process = new ProcessBuilder("pdftotext", "-layout", pdf.toString(), "-").redirectErrorStream(true).start();
        String text = new String(process.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        process.waitFor();
        return text;
    }
}
