package no.baerekraftsjekk.ui.library;

import static no.baerekraftsjekk.ui.FxTesting.await;
import static no.baerekraftsjekk.ui.FxTesting.get;
import static no.baerekraftsjekk.ui.FxTesting.onFx;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.ZoneId;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextArea;
import javafx.stage.Stage;
import no.baerekraftsjekk.domain.Assessment;
import no.baerekraftsjekk.domain.Fixtures;
import no.baerekraftsjekk.storage.StoredAssessment;
import no.baerekraftsjekk.storage.council.AssessmentVersion;
import no.baerekraftsjekk.storage.council.CouncilConnector;
import no.baerekraftsjekk.storage.council.CouncilServer;
import no.baerekraftsjekk.storage.council.CouncilTestServer;
import no.baerekraftsjekk.storage.council.PostgresLibrary;
import no.baerekraftsjekk.ui.FxTesting;
import no.baerekraftsjekk.ui.TestSnapshots;
import no.baerekraftsjekk.ui.Words;
import no.baerekraftsjekk.ui.common.BackgroundTasks;
import no.baerekraftsjekk.ui.common.Theme;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Kari and Ola worked on one assessment in the council library. Kari opens its history, looks at
 * her version, compares it with Ola's, and restores hers. Snapshots in target/snapshots/council-history-*.png.
 */
@Tag("postgres")
class VersionHistoryJourneyTest {
    private final RecordingErrorReporter errors = new RecordingErrorReporter();
    private BackgroundTasks tasks;
    private PostgresLibrary kari;
    private long id;
    private Stage stage;

    @BeforeAll
    static void platform() {
        FxTesting.startPlatform();
    }

    @BeforeEach
    void twoPeopleSaved() {
        tasks = new BackgroundTasks(errors);
        CouncilServer council = CouncilTestServer.newLibrary("history_journey");
        kari = PostgresLibrary.open(new CouncilConnector(council), "kari", Clock.systemUTC());
        StoredAssessment first = kari.create(Fixtures.fullAssessment());
        id = first.id();
        try (PostgresLibrary ola = PostgresLibrary.open(new CouncilConnector(council), "ola", Clock.systemUTC())) {
            Assessment olas = first.assessment().withConclusion("Prosjektet anbefales ikke før tomten er avklart.")
                    .withGoal(first.assessment().goal(3).orElseThrow().withRatings(1, 3));
            ola.save(id, 1, olas);
        }
        VersionHistoryViewModel model = new VersionHistoryViewModel(kari, id, tasks, errors, Words.TEXTS, ZoneId.of("Europe/Oslo"));
        onFx(() -> {
            Theme.apply();
            stage = new Stage();
            stage.setScene(new Scene(new VersionHistoryView(model, Words.TEXTS).root(), 1000, 640));
            stage.show();
            model.load();
        });
    }

    @AfterEach
    void close() {
        onFx(() -> stage.close());
        tasks.close();
        kari.close();
    }

    @Test
    void viewCompareAndRestoreAVersion() {
        await("two versions", () -> versions().getItems().size() == 2);
        assertThat(get(() -> versions().getItems().stream().map(AssessmentVersion::changedBy).toList())).containsExactly("ola", "kari");

        onFx(() -> versions().getSelectionModel().select(1));
        onFx(() -> button("#history-view").fire());
        await("version 1 shown", () -> shown().getText().startsWith("Versjon 1: Ny barneskole på Nordbyhagen"));
        assertThat(get(() -> shown().isEditable())).isFalse();
        TestSnapshots.save(stage.getScene(), "council-history-view");

        onFx(() -> versions().getSelectionModel().selectAll());
        onFx(() -> button("#history-compare").fire());
        await("changes listed", () -> changes().getItems().size() == 3);
        assertThat(get(() -> changes().getItems())).containsExactly(
                "Mål 3, positiv effekt: «3 – stor» → «1 – liten»",
                "Mål 3, negativ effekt: «2 – middels» → «3 – stor»",
                "Konklusjon: «Prosjektet anbefales.» → «Prosjektet anbefales ikke før tomten er avklart.»");
        TestSnapshots.save(stage.getScene(), "council-history-compare");

        onFx(() -> {
            versions().getSelectionModel().clearSelection();
            versions().getSelectionModel().select(1);
        });
        onFx(() -> button("#history-restore").fire());
        await("restored", () -> status().getText().equals("Versjon 1 er gjenopprettet som versjon 3.") && versions().getItems().size() == 3);
        assertThat(get(() -> versions().getItems().get(0).restoredFrom().getAsLong())).isEqualTo(1);
        assertThat(kari.find(id).orElseThrow().assessment()).isEqualTo(Fixtures.fullAssessment());
        TestSnapshots.save(stage.getScene(), "council-history-restored");
        assertThat(errors.toString()).doesNotContain("Historikken");
    }

    @SuppressWarnings("unchecked")
    private ListView<AssessmentVersion> versions() {
        return (ListView<AssessmentVersion>) stage.getScene().lookup("#history-versions");
    }

    @SuppressWarnings("unchecked")
    private ListView<String> changes() {
        return (ListView<String>) stage.getScene().lookup("#history-changes");
    }

    private TextArea shown() {
        return (TextArea) stage.getScene().lookup("#history-shown");
    }

    private Label status() {
        return (Label) stage.getScene().lookup("#history-status");
    }

    private Button button(String id) {
        return (Button) stage.getScene().lookup(id);
    }
}
