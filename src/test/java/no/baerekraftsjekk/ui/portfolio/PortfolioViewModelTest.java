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
            model.choose(model.caseTypes(), java.util.List.of(CaseType.PROJECT));
            model.choose(model.stages(), java.util.List.of(Stage.COMPLETE));
        });

        assertThat(get(() -> model.portfolioProperty().get().entries()).stream().map(PortfolioEntry::title))
                .containsExactly("Ny barneskole på Eksempelhaugen");

        PortfolioViewModel again = loaded(fixture.model());
        assertThat(get(() -> again.filter())).isEqualTo(get(() -> model.filter()));
        assertThat(get(() -> again.portfolioProperty().get().cases())).isEqualTo(1);
    }

    @Test
    void severalChoicesOfOneKindAreAlternativesAndKindsNarrowEachOther() {
        // Units Oppvekst or Kommunalteknikk (spelt three ways), case type project or plan, status draft or complete.
        onFx(() -> {
            model.choose(model.units(), java.util.List.of("oppvekst", "kommunalteknikk"));
            model.choose(model.caseTypes(), java.util.List.of(CaseType.PROJECT, CaseType.PLAN));
        });
        assertThat(get(() -> model.portfolioProperty().get().entries()).stream().map(PortfolioEntry::title))
                .containsExactlyInAnyOrder("Ny barneskole på Eksempelhaugen", "Vindkraft på Østfjellet");

        onFx(() -> model.choose(model.stages(), java.util.List.of(Stage.DRAFT)));
        assertThat(get(() -> model.portfolioProperty().get().entries()).stream().map(PortfolioEntry::title))
                .containsExactly("Vindkraft på Østfjellet");

        // Remembered as chosen: a new screen (as after a restart, the same settings) counts the same cases.
        PortfolioViewModel again = loaded(fixture.model());
        assertThat(get(() -> java.util.Set.copyOf(again.units()))).containsExactlyInAnyOrder("oppvekst", "kommunalteknikk");
        assertThat(get(() -> java.util.Set.copyOf(again.caseTypes()))).containsExactlyInAnyOrder(CaseType.PROJECT, CaseType.PLAN);
        assertThat(get(() -> again.portfolioProperty().get().entries()).stream().map(PortfolioEntry::title))
                .containsExactly("Vindkraft på Østfjellet");

        onFx(again::resetFilter);
        assertThat(get(() -> again.portfolioProperty().get().cases())).isEqualTo(6);
        assertThat(loaded(fixture.model()).filter()).isEqualTo(no.baerekraftsjekk.domain.portfolio.PortfolioFilter.ALL);
    }

    @Test
    void aSingleChoiceRememberedByTheOlderVersionIsStillRead() {
        fixture.settings.put("portfolio.units", "");
        fixture.settings.put("portfolio.unit", "kultur");
        fixture.settings.put("portfolio.caseTypes", "");
        fixture.settings.put("portfolio.caseType", "BUDGET");
        fixture.settings.put("portfolio.statuses", "NO_SUCH_STATUS");

        PortfolioViewModel again = loaded(fixture.model());

        assertThat(get(() -> again.portfolioProperty().get().entries()).stream().map(PortfolioEntry::title))
                .containsExactly("Budsjett 2027: svømmehallen");
        assertThat(get(() -> java.util.Set.copyOf(again.stages()))).isEmpty();
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
        onFx(() -> model.choose(model.units(), java.util.List.of("oppvekst")));

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

    @Test
    void aCouncilWithLocalGoalsSeesPerGoalTheCasesTouchingItAndWhichWayAsInTheCaseReport() {
        fixture.seedTarget();
        PortfolioViewModel council = loaded(fixture.model(PortfolioScreenFixture.PLAN));

        var rows = get(() -> council.localGoalRowsProperty().get());
        // KP-1 (goal 11): the school both ways, the buses, the exempt plot and the land-use plan both ways.
        // KP-2 (target 7.2): only the solar panels, which picked 7.2 and rated nothing yet; the wind power
        // rated goal 7 without picking the target. KP-3 (13 and 15): five cases, two of them both ways.
        assertThat(rows).extracting(r -> r.goal().id() + " " + r.cases() + " +" + r.withPositive() + " -" + r.withNegative()
                        + " ?" + r.notRated())
                .containsExactly("KP-1 4 +4 -2 ?0", "KP-2 1 +0 -0 ?1", "KP-3 5 +3 -4 ?0", "KP-4 0 +0 -0 ?0");

        onFx(() -> council.show(rows.get(2).negativeSelection(), "KP-3 negativ"));
        assertThat(get(() -> council.shownCases().stream().map(PortfolioEntry::title).toList())).containsExactlyInAnyOrder(
                "Ny barneskole på Eksempelhaugen", "Vindkraft på Østfjellet", "Tomtekjøp på Brattåsen", "Kommuneplanens arealdel");

        // The figures follow the filter.
        onFx(() -> council.choose(council.units(), java.util.List.of("kommunalteknikk")));
        assertThat(get(() -> council.localGoalRowsProperty().get().get(2).cases())).isEqualTo(2);
    }

    @Test
    void withoutLocalGoalsThereAreNoRows() {
        assertThat(get(() -> model.localGoalRowsProperty().get())).isEmpty();
        assertThat(model.localGoals()).isEmpty();
    }

    @Test
    void theExportOfACouncilWithLocalGoalsHasTheSectionOnThem() throws Exception {
        PortfolioViewModel council = loaded(fixture.model(PortfolioScreenFixture.PLAN));
        fixture.saveAs = folder.resolve("kommune.docx");

        onFx(() -> council.export(PortfolioFormat.DOCX));

        // A cold POI on a loaded machine takes seconds; an error would end the wait at once.
        long deadline = System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(60);
        while (!get(() -> council.statusMessageProperty().get()).startsWith("Lagret i") && fixture.errors.isEmpty()
                && System.nanoTime() < deadline) {
            Thread.sleep(50);
        }
        assertThat(fixture.errors).isEmpty();
        try (var document = new org.apache.poi.xwpf.usermodel.XWPFDocument(Files.newInputStream(fixture.saveAs))) {
            assertThat(new org.apache.poi.xwpf.extractor.XWPFWordExtractor(document).getText())
                    .contains("Kommuneplanens mål", "KP-3 Natur og klima", "Bærekraftige byer og lokalsamfunn");
        }
    }
}
