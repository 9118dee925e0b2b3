package no.baerekraftsjekk.ui.library;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import javafx.scene.Scene;
import javafx.stage.Stage;
import no.baerekraftsjekk.domain.Review;
import no.baerekraftsjekk.domain.ReviewStatus;
import no.baerekraftsjekk.domain.Status;
import no.baerekraftsjekk.storage.AssessmentSummary;
import no.baerekraftsjekk.storage.council.CouncilPeople;
import no.baerekraftsjekk.storage.council.CouncilTestServer;
import no.baerekraftsjekk.storage.council.LibraryRole;
import no.baerekraftsjekk.storage.council.PostgresLibrary;
import no.baerekraftsjekk.storage.council.Reviews;
import no.baerekraftsjekk.ui.FxTesting;
import no.baerekraftsjekk.ui.TestSnapshots;
import no.baerekraftsjekk.ui.Words;
import no.baerekraftsjekk.ui.common.Theme;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** «Til kvalitetssikring»: a leader sees what asks for review in the units they lead, and nothing else. */
@Tag("postgres")
@ExtendWith(ApplicationExtension.class)
class ReviewQueueViewTest {
    private Stage stage;

    @Start
    void start(Stage stage) {
        Theme.apply();
        this.stage = stage;
    }

    @AfterEach
    void stop() {
        FxTesting.onFx(stage::hide);
    }

    @Test
    void aLeaderSeesTheUnitsRequestsOnlyAndOpensOne(FxRobot robot) throws Exception {
        CouncilPeople people = new CouncilPeople(CouncilTestServer.newLibrary("review_queue"))
                .add("kari", "Kari Nordmann", LibraryRole.CASEWORKER, "Helse")
                .add("ola", "Ola Berg", LibraryRole.CASEWORKER, "Kultur")
                .add("lena", "Lena Leder", LibraryRole.LEADER, "Helse");
        Review asked = new Review(ReviewStatus.REQUESTED, "", null, "");
        try (PostgresLibrary kari = people.library("kari"); PostgresLibrary ola = people.library("ola")) {
            kari.create(CouncilPeople.assessment("Ny helsestasjon", "Helse", null, Status.COMPLETE).withReview(asked));
            kari.create(CouncilPeople.assessment("Barnevernssak", "Helse", "Offl. § 13", Status.DRAFT).withReview(asked));
            kari.create(CouncilPeople.assessment("Ikke spurt", "Helse", null, Status.DRAFT));
            ola.create(CouncilPeople.assessment("Kulturhus", "Kultur", null, Status.COMPLETE).withReview(asked));
        }
        List<AssessmentSummary> waiting;
        try (PostgresLibrary lena = people.library("lena")) {
            waiting = new Reviews(lena).awaiting();
        }
        assertThat(waiting).extracting(AssessmentSummary::title).containsExactly("Ny helsestasjon", "Barnevernssak");

        List<AssessmentSummary> opened = new CopyOnWriteArrayList<>();
        FxTesting.onFx(() -> {
            stage.setScene(new Scene(new ReviewQueueView(waiting, Words.TEXTS, opened::add).root(), 720, 480));
            stage.show();
        });
        Files.createDirectories(Path.of("target", "snapshots", "roles"));
        TestSnapshots.save(stage.getScene(), "roles/0-leader-review-queue");
        robot.clickOn("#openFromReviewQueue");
        FxTesting.await("the first is opened", () -> opened.size() == 1);
        assertThat(opened.getFirst().title()).isEqualTo("Ny helsestasjon");
    }
}
