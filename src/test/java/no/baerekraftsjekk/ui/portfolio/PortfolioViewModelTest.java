package no.baerekraftsjekk.ui.portfolio;

import static no.baerekraftsjekk.ui.FxTesting.await;
import static no.baerekraftsjekk.ui.FxTesting.get;
import static no.baerekraftsjekk.ui.FxTesting.onFx;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import no.baerekraftsjekk.domain.CaseType;
import no.baerekraftsjekk.domain.portfolio.Grouping;
import no.baerekraftsjekk.domain.portfolio.PortfolioEntry;
import no.baerekraftsjekk.domain.portfolio.Selection;
import no.baerekraftsjekk.domain.portfolio.Side;
import no.baerekraftsjekk.domain.portfolio.Stage;
import no.baerekraftsjekk.report.portfolio.PortfolioFormat;
import no.baerekraftsjekk.ui.FxTesting;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PortfolioViewModelTest {
    @TempDir
    Path folder;

    private PortfolioScreenFixture fixture;
    private PortfolioViewModel model;

    @BeforeAll
    static void platform() {
        FxTesting.startPlatform();
    }

    @BeforeEach
    void setUp() {
        fixture = new PortfolioScreenFixture(folder);
        fixture.seed();
        model = loaded(fixture.model());
    }

    @AfterEach
    void tearDown() {
        fixture.close();
    }

    private PortfolioViewModel loaded(PortfolioViewModel m) {
        onFx(m::load);
        await("portfolio loaded", () -> !m.loadingProperty().get() && m.portfolioProperty().get() != null);
        return m;
    }

    @Test
    void countsEveryCaseAndGroupsUnitsSpeltWithOtherCaseOrSpaces() {
        var p = get(() -> model.portfolioProperty().get());

        assertThat(p.cases()).isEqualTo(6);
        assertThat(p.exempt()).isEqualTo(1);
        assertThat(p.byUnit()).filteredOn(r -> r.key().equals("kommunalteknikk")).singleElement()
                .satisfies(r -> assertThat(r.cases()).isEqualTo(2));
        assertThat(get(() -> model.similarNames().stream().toList()))
                .contains(java.util.List.of("Kommunal-teknikk", "Kommunalteknikk", "kommunalteknikk "));
    }

    @Test
    void filtersCombineAndAreRememberedForTheNextTime() {
        onFx(() -> {
            model.fromProperty().set(LocalDate.of(2027, 1, 1));
            model.toProperty().set(LocalDate.of(2027, 12, 31));
            model.caseTypeProperty().set(CaseType.PROJECT);
            model.stageProperty().set(Stage.COMPLETE);
        });

        assertThat(get(() -> model.portfolioProperty().get().entries()).stream().map(PortfolioEntry::title))
                .containsExactly("Ny barneskole på Eksempelhaugen");

        PortfolioViewModel again = loaded(fixture.model());
        assertThat(get(() -> again.filter())).isEqualTo(get(() -> model.filter()));
        assertThat(get(() -> again.portfolioProperty().get().cases())).isEqualTo(1);
    }

    @Test
    void aReversedPeriodSaysWhyNothingMatches() {
        onFx(() -> {
            model.fromProperty().set(LocalDate.of(2027, 12, 31));
            model.toProperty().set(LocalDate.of(2027, 1, 1));
        });

        assertThat(get(() -> model.filterProblemProperty().get())).contains("Bytt om datoene");
        assertThat(get(() -> model.portfolioProperty().get().cases())).isZero();
    }

    @Test
    void clickingANumberShowsTheCasesBehindItAndOneOpens() {
        onFx(() -> model.show(new Selection.GoalEffect(15, Side.NEGATIVE, 3), "Stor negativ for 15"));

        assertThat(get(() -> model.shownCases().stream().map(PortfolioEntry::title).toList()))
                .containsExactlyInAnyOrder("Vindkraft på Østfjellet", "Tomtekjøp på Brattåsen");

        onFx(() -> model.open(model.shownCases().getFirst()));
        assertThat(fixture.opened).hasSize(1);
    }

    @Test
    void theShownCasesFollowTheFilter() {
        onFx(() -> model.show(new Selection.All(), "Alle"));
        onFx(() -> model.unitProperty().set("oppvekst"));

        assertThat(get(() -> model.shownCases().stream().map(PortfolioEntry::title).toList()))
                .containsExactly("Ny barneskole på Eksempelhaugen");
    }

    @Test
    void mergingNamesChangesTheStoredAssessmentsAndTheFigures() {
        onFx(() -> model.merge(java.util.List.of("Kommunal-teknikk", "kommunalteknikk "), "Kommunalteknikk"));

        await("merged", () -> model.statusMessageProperty().get().contains("Kommunalteknikk")
                && model.portfolioProperty().get().byUnit().stream().anyMatch(r -> r.key().equals("kommunalteknikk") && r.cases() == 3));
        assertThat(fixture.library.list()).extracting(s -> s.unit()).filteredOn(u -> u.toLowerCase().contains("kommunal"))
                .containsOnly("Kommunalteknikk");
        await("no more suggestions", () -> model.similarNames().isEmpty());
    }

    @Test
    void exportWritesTheChosenFileAndSaysWhere() throws Exception {
        fixture.saveAs = folder.resolve("portefolje.xlsx");

        onFx(() -> model.export(PortfolioFormat.XLSX));

        // A cold POI on a loaded machine takes seconds; an error would end the wait at once.
        long deadline = System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(60);
        while (!get(() -> model.statusMessageProperty().get()).startsWith("Lagret i") && fixture.errors.isEmpty()
                && System.nanoTime() < deadline) {
            Thread.sleep(50);
        }
        assertThat(get(() -> model.statusMessageProperty().get())).startsWith("Lagret i");
        assertThat(fixture.errors).isEmpty();
        assertThat(Files.size(fixture.saveAs)).isPositive();
        assertThat(fixture.errors).isEmpty();
    }

    @Test
    void groupingByCommitteeIsRemembered() {
        onFx(() -> model.groupingProperty().set(Grouping.COMMITTEE));

        PortfolioViewModel again = loaded(fixture.model());
        assertThat(get(() -> again.groupingProperty().get())).isEqualTo(Grouping.COMMITTEE);
    }
}
