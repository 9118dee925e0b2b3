package no.baerekraftsjekk.ui.library;

import static no.baerekraftsjekk.ui.FxTesting.await;
import static no.baerekraftsjekk.ui.FxTesting.get;
import static no.baerekraftsjekk.ui.FxTesting.onFx;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import javafx.scene.control.ToggleButton;
import javafx.stage.Stage;
import no.baerekraftsjekk.domain.Assessment;
import no.baerekraftsjekk.domain.analysis.AssessmentAnalyzer;
import no.baerekraftsjekk.storage.AssessmentSummary;
import no.baerekraftsjekk.storage.LibraryException;
import no.baerekraftsjekk.storage.council.CouncilConnector;
import no.baerekraftsjekk.storage.council.CouncilServer;
import no.baerekraftsjekk.storage.council.CouncilTestServer;
import no.baerekraftsjekk.storage.council.PostgresLibrary;
import no.baerekraftsjekk.ui.FakeSettings;
import no.baerekraftsjekk.ui.FxTesting;
import no.baerekraftsjekk.ui.TestSnapshots;
import no.baerekraftsjekk.storage.InMemoryLibrary;
import no.baerekraftsjekk.ui.FakeDialogs;
import no.baerekraftsjekk.ui.UiServices;
import no.baerekraftsjekk.ui.Words;
import no.baerekraftsjekk.ui.common.BackgroundTasks;
import no.baerekraftsjekk.ui.main.AssessmentOpener;
import no.baerekraftsjekk.ui.main.MainWindow;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The library screen with the caseworker's own library and the council library on a real
 * PostgreSQL: both clearly named, the council's shown on request, an assessment copied and moved
 * from one's own to the council's, and a plain sentence when the server cannot be reached.
 * Snapshots in target/snapshots/council-*.png.
 */
@Tag("postgres")
class CouncilLibraryScreenTest {
    private final InMemoryLibrary local = new InMemoryLibrary();
    private final RecordingErrorReporter errors = new RecordingErrorReporter();
    private BackgroundTasks tasks;
    private PostgresLibrary council;
    private Stage stage;
    private MainWindow window;
    private LibraryPlaces<AssessmentOpener> places;

    @BeforeAll
    static void platform() {
        FxTesting.startPlatform();
    }

    @BeforeEach
    void open() {
        tasks = new BackgroundTasks(errors);
        CouncilServer server = CouncilTestServer.newLibrary("screen");
        council = PostgresLibrary.open(new CouncilConnector(server), "ola", Clock.systemUTC());
        council.create(Assessment.newDraft("Felles: Ny brannstasjon på Åsgård"));
        local.create(Assessment.newDraft("Mitt utkast: Gang- og sykkelvei langs Ørsta"));
        UiServices services = new UiServices(local, AssessmentAnalyzer.standard(), tasks, errors, new FakeFileDialogs(),
                new FakeSettings(), term -> { }, Words.TEXTS, Words.REFERENCE, new FakeDialogs());
        AssessmentOpener opener = (id, onClose) -> new Label("vurdering " + id);
        onFx(() -> {
            stage = new Stage();
            window = new MainWindow(stage, new FakeSettings(), ExampleAssessments.shipped(), ZoneId.of("Europe/Oslo"), Words.TEXTS,
                    Words.REFERENCE);
            window.show();
            window.applyTheme();
            stage.setWidth(1100);
            stage.setHeight(700);
            window.start(services, opener);
            places = new LibraryPlaces<>(services, opener, s -> opener, server.describe());
            window.usePlaces(places);
        });
    }

    @AfterEach
    void close() {
        onFx(() -> stage.close());
        tasks.close();
        council.close();
    }

    @Test
    void bothLibrariesAreNamedAndTheCouncilLibraryIsShownOnRequest() {
        assertThat(get(() -> toggle("#library-place-local").getText())).isEqualTo("Mitt bibliotek (på denne maskinen)");
        assertThat(get(() -> toggle("#library-place-council").getText())).isEqualTo("Kommunebiblioteket (felles)");
        assertThat(get(() -> toggle("#library-place-council").isDisabled())).as("not before it answers").isTrue();

        onFx(() -> places.councilOpened(council));
        await("council available", () -> !toggle("#library-place-council").isDisabled());
        awaitTitles(List.of("Mitt utkast: Gang- og sykkelvei langs Ørsta"));
        TestSnapshots.save(stage.getScene(), "council-library-local-shown");

        onFx(() -> toggle("#library-place-council").fire());
        awaitTitles(List.of("Felles: Ny brannstasjon på Åsgård"));
        assertThat(get(() -> message().getText())).startsWith("Kommunebiblioteket: jdbc:postgresql://");
        TestSnapshots.save(stage.getScene(), "council-library-council-shown");
    }

    @Test
    void copyAndMoveFromOnesOwnLibraryToTheCouncilLibrary() {
        long second = local.create(Assessment.newDraft("Mitt andre utkast")).id();
        onFx(() -> places.councilOpened(council));
        onFx(() -> window.showLibrary());
        await("council available", () -> !toggle("#library-place-council").isDisabled());
        awaitTitles(List.of("Mitt andre utkast", "Mitt utkast: Gang- og sykkelvei langs Ørsta"));

        select("Mitt utkast: Gang- og sykkelvei langs Ørsta");
        onFx(() -> button("#library-copy-to-council").fire());
        await("copied", () -> message().getText().contains("er kopiert til kommunebiblioteket"));
        TestSnapshots.save(stage.getScene(), "council-library-copied");

        select("Mitt andre utkast");
        onFx(() -> button("#library-move-to-council").fire());
        await("moved", () -> message().getText().contains("er flyttet til kommunebiblioteket"));
        awaitTitles(List.of("Mitt utkast: Gang- og sykkelvei langs Ørsta"));

        assertThat(council.list()).extracting(AssessmentSummary::title).containsExactlyInAnyOrder(
                "Felles: Ny brannstasjon på Åsgård", "Mitt utkast: Gang- og sykkelvei langs Ørsta", "Mitt andre utkast");
        assertThat(council.find(second)).as("a moved assessment keeps its number where it is free").isPresent();
        assertThat(errors.toString()).doesNotContain("Kunne ikke");
    }

    @Test
    void anUnreachableServerIsSaidPlainlyAndOnesOwnLibraryStays() {
        onFx(() -> places.councilFailed(new LibraryException(
                "Får ikke kontakt med kommunebiblioteket jdbc:postgresql://db.kommune.no/baerekraft. Sjekk nettverket, eller spør IT om serveren er oppe.")));
        await("message shown", () -> message().getText().contains("Får ikke kontakt"));
        assertThat(get(() -> message().getText())).endsWith("Du kan arbeide videre i ditt eget bibliotek på denne maskinen.");
        assertThat(get(() -> toggle("#library-place-council").isDisabled())).isTrue();
        assertThat(get(() -> button("#library-copy-to-council").isVisible())).isFalse();
        awaitTitles(List.of("Mitt utkast: Gang- og sykkelvei langs Ørsta"));
        TestSnapshots.save(stage.getScene(), "council-library-unreachable");
    }

    private void awaitTitles(List<String> titles) {
        // The order among assessments saved in the same instant is not what is tested here.
        await("titles " + titles, () -> new java.util.HashSet<>(titles).equals(new java.util.HashSet<>(shownTitles()))
                && titles.size() == shownTitles().size());
    }

    private List<String> shownTitles() {
        Set<Node> lists = stage.getScene().getRoot().lookupAll(".table-view");
        lists.addAll(stage.getScene().getRoot().lookupAll(".list-view"));
        for (Node node : lists) {
            if (node instanceof TableView<?> table && table.isVisible()) {
                return table.getItems().stream().filter(AssessmentSummary.class::isInstance)
                        .map(i -> ((AssessmentSummary) i).title()).toList();
            }
            if (node instanceof ListView<?> list && list.isVisible()) {
                return list.getItems().stream().filter(AssessmentSummary.class::isInstance)
                        .map(i -> ((AssessmentSummary) i).title()).toList();
            }
        }
        return List.of();
    }

    @SuppressWarnings("unchecked")
    private void select(String title) {
        onFx(() -> {
            for (Node node : stage.getScene().getRoot().lookupAll(".table-view")) {
                if (node instanceof TableView<?> table && table.isVisible()) {
                    TableView<AssessmentSummary> rows = (TableView<AssessmentSummary>) table;
                    rows.getItems().stream().filter(s -> s.title().equals(title)).findFirst().ifPresent(s -> rows.getSelectionModel().select(s));
                }
            }
        });
    }

    private ToggleButton toggle(String id) {
        return (ToggleButton) stage.getScene().lookup(id);
    }

    private Button button(String id) {
        return (Button) stage.getScene().lookup(id);
    }

    private Label message() {
        return (Label) stage.getScene().lookup("#library-council-message");
    }
}
