package no.baerekraftsjekk.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import no.baerekraftsjekk.domain.Assessment;
import no.baerekraftsjekk.domain.analysis.Analysis;
import no.baerekraftsjekk.domain.analysis.Conflict;
import no.baerekraftsjekk.domain.analysis.ConflictKind;
import org.junit.jupiter.api.Test;

class ReportContentBuilderTest {
    private final ReportContentBuilder builder = new ReportContentBuilder(ReportGuidance.standard(), ReportFixtures.TEXTS);

    private static <T extends ReportBlock> List<T> blocks(ReportContent content, Class<T> type) {
        return content.blocks().stream().filter(type::isInstance).map(type::cast).toList();
    }

    private static List<String> headings(ReportContent content, int level) {
        return blocks(content, ReportBlock.Heading.class).stream().filter(h -> h.level() == level).map(ReportBlock.Heading::text).toList();
    }

    /** The blocks of the first page: everything before the first page break. */
    private static List<ReportBlock> summary(ReportContent content) {
        int end = content.blocks().indexOf(new ReportBlock.PageBreak());
        return content.blocks().subList(0, end);
    }

    @Test
    void theSummaryComesFirstWithCaseChartDimensionsConflictsAndConclusion() {
        ReportContent content = ReportFixtures.fullContent();
        List<ReportBlock> summary = summary(content);
        assertThat(summary.get(1)).isEqualTo(new ReportBlock.Heading(1, "Ny barneskole på Nordbyhagen"));
        ReportBlock.Fields caseFields = (ReportBlock.Fields) summary.get(2);
        assertThat(caseFields.fields()).extracting(ReportBlock.Field::value)
                .containsExactly("2026/1234", "Eksempel kommune, Kommunalteknikk", "Prosjekt", "Kari Nordmann", "23. november 2026", "Ferdig");
        assertThat(summary).anyMatch(b -> b instanceof ReportBlock.EffectChart);
        assertThat(summary.stream().filter(b -> b instanceof ReportBlock.Heading).map(b -> ((ReportBlock.Heading) b).text()))
                .containsSubsequence("De tre dimensjonene", "Målkonflikter", "Konklusjon");
        assertThat(summary.getLast()).isEqualTo(new ReportBlock.Text(
                "Konklusjonsteksten: skolen anbefales bygget, med tiltak for naturmangfold.", ReportBlock.TextStyle.BODY));
    }

    @Test
    void theChartShowsAll17GoalsWithPositiveAndNegativeApartAndSaysWhyAGoalHasNoBars() {
        Assessment partial = ReportFixtures.partialAssessment();
        ReportContent content = builder.build(partial, ReportFixtures.analysisOf(partial));
        ReportBlock.EffectChart chart = blocks(content, ReportBlock.EffectChart.class).getFirst();
        assertThat(chart.goals()).hasSize(17).extracting(GoalEffect::goal).containsExactly(
                1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17);
        GoalEffect one = chart.goals().getFirst();
        assertThat(one.positive()).isEqualTo(2);
        assertThat(one.negative()).isEqualTo(2);
        assertThat(one.colour()).isEqualTo("#E5243B");
        assertThat(chart.goals().get(1).state()).isEqualTo(GoalEffect.State.NOT_RELEVANT);
        assertThat(chart.goals().get(1).stateLabel()).isEqualTo("Ikke relevant");
        assertThat(chart.goals().get(11).state()).isEqualTo(GoalEffect.State.NOT_ASSESSED);
        assertThat(chart.goals().get(11).stateLabel()).isEqualTo("Ikke vurdert");
    }

    @Test
    void conflictsKeepTheAnalysisOrderStrongestFirstOnTheSummaryAndInTheirChapter() {
        ReportContent content = ReportFixtures.fullContent();
        ReportBlock.Table table = (ReportBlock.Table) summary(content).stream()
                .filter(b -> b instanceof ReportBlock.Table t && t.header().getFirst().equals("Konflikt")).findFirst().orElseThrow();
        assertThat(table.rows()).extracting(r -> r.get(0) + " | " + r.get(1)).containsExactly(
                "Mål 4 God utdanning og mål 15 Livet på land | Sterk (3)",
                "Miljø og klima – Sosiale forhold | Middels (2)",
                "Mål 1 Utrydde fattigdom: positiv og negativ virkning | Middels (2)");
        assertThat(summary(content)).contains(new ReportBlock.Text(
                "Ytterligere én målkonflikt er beskrevet i kapitlet Målkonflikter.", ReportBlock.TextStyle.NOTE));
        List<String> sections = headings(content, 2);
        assertThat(sections).containsSubsequence("Mål 4 God utdanning og mål 15 Livet på land", "Miljø og klima – Sosiale forhold",
                "Mål 1 Utrydde fattigdom: positiv og negativ virkning",
                "Mål 6 Rent vann og gode sanitærforhold og mål 7 Ren energi til alle",
                "Avveininger for konflikter som ikke lenger finnes", "Mål som kan være oversett");
    }

    @Test
    void aLongListOfConflictsIsCutOnTheSummaryWithANoteAndGivenInFullInItsChapter() {
        Assessment assessment = ReportFixtures.fullAssessment();
        Analysis base = ReportFixtures.analysisOf(assessment);
        List<Conflict> many = java.util.stream.IntStream.rangeClosed(2, 10)
                .mapToObj(n -> new Conflict(ConflictKind.GOALS, List.of(1, n), List.of(), 1, false, false)).toList();
        Analysis analysis = new Analysis(base.dimensions(), many, base.hints(), base.orphanedHandlings(), base.blocking());
        ReportContent content = builder.build(assessment, analysis);
        ReportBlock.Table table = (ReportBlock.Table) summary(content).stream()
                .filter(b -> b instanceof ReportBlock.Table t && t.header().getFirst().equals("Konflikt")).findFirst().orElseThrow();
        assertThat(table.rows()).hasSize(SummarySection.MAX_CONFLICTS_ON_SUMMARY);
        assertThat(summary(content)).contains(new ReportBlock.Text(
                "Ytterligere 6 målkonflikter er beskrevet i kapitlet Målkonflikter.", ReportBlock.TextStyle.NOTE));
        assertThat(headings(content, 2)).contains("Mål 1 Utrydde fattigdom og mål 10 Mindre ulikhet");
    }

    @Test
    void eachRelevantGoalHasItsTileRatingsTargetsWithLabelsJustificationAndMeasures() {
        ReportContent content = ReportFixtures.fullContent();
        List<ReportBlock> blocks = content.blocks();
        int at = blocks.indexOf(new ReportBlock.GoalTile(13, "Stoppe klimaendringene", "#3F7E44", "white"));
        assertThat(at).isPositive();
        ReportBlock.Fields fields = (ReportBlock.Fields) blocks.get(at + 1);
        assertThat(fields.fields()).extracting(f -> f.label() + ": " + f.value()).containsExactly(
                "Relevans: Direkte", "Positiv virkning: 2 – middels", "Negativ virkning: 2 – middels",
                "Sikkerhet: Middels", "Tidshorisont: Lang sikt",
                "Delmål: 13.1 Bedre evne til å tåle klimarelaterte farer\n13.2 Klimahensyn i politikk og planlegging");
        assertThat(blocks.get(at + 2)).isEqualTo(new ReportBlock.LabelledText("Begrunnelse",
                "Begrunnelse for mål 13: skolen påvirker målet gjennom økt kapasitet og nærhet. Æøå ÆØÅ."));
        assertThat(blocks.get(at + 3)).isEqualTo(new ReportBlock.LabelledText("Tiltak", "Tiltak for mål 13: følg opp i byggeprogrammet."));
        assertThat(blocks(content, ReportBlock.GoalTile.class)).extracting(ReportBlock.GoalTile::goal)
                .containsExactly(1, 3, 4, 6, 7, 8, 9, 10, 11, 12, 13, 15, 16, 17);
    }

    @Test
    void chaptersFollowTheSummaryInTheOrderTheDesignGives() {
        assertThat(headings(ReportFixtures.fullContent(), 1)).containsExactly(
                "Ny barneskole på Nordbyhagen", "Vurdering av hvert mål", "De tre dimensjonene", "Målkonflikter",
                "Samarbeid på tvers", "Mål som ikke er relevante eller ikke vurdert", "Om metoden og skalaen");
    }

    @Test
    void goalsNotRelevantAndNotAssessedAreListedByName() {
        Assessment partial = ReportFixtures.partialAssessment();
        ReportContent content = builder.build(partial, ReportFixtures.analysisOf(partial));
        List<ReportBlock.Table> tables = blocks(content, ReportBlock.Table.class);
        assertThat(tables).anySatisfy(t -> assertThat(t.rows()).containsExactly(
                List.of("Mål 2 Utrydde sult", "Ikke relevant-begrunnelse for mål 2."),
                List.of("Mål 5 Likestilling mellom kjønnene", "Ikke relevant-begrunnelse for mål 5."),
                List.of("Mål 14 Livet i havet", "Ikke relevant-begrunnelse for mål 14.")));
        assertThat(tables).anySatisfy(t -> assertThat(t.rows()).containsExactly(
                List.of("Mål 12 Ansvarlig forbruk og produksjon"), List.of("Mål 17 Samarbeid for å nå målene")));
    }

    @Test
    void theMethodNoteQuotesTheMethodAndEveryScaleText() {
        ReportContent content = ReportFixtures.fullContent();
        var help = ReportGuidance.standard().help();
        String all = String.join("\n", content.texts().toList());
        assertThat(all).contains(help.method(), help.effectScale(0), help.effectScale(3), help.certainty("LOW"),
                help.horizon("BOTH"));
    }

    @Test
    void anEmptyTextIsShownAsNotFilledInRatherThanLeftBlank() {
        Assessment bare = Assessment.newDraft("Tom sak");
        ReportContent content = builder.build(bare, ReportFixtures.analysisOf(bare));
        assertThat(content.blocks()).contains(new ReportBlock.Text("Ikke fylt ut.", ReportBlock.TextStyle.BODY));
        assertThat(content.metadata().exemptionNotice()).isEmpty();
        assertThat(content.metadata().footerCaption()).isEqualTo("Tom sak");
    }

    @Test
    void anExemptCaseWithoutABasisStillSaysItIsExempt() {
        Assessment exempt = ReportFixtures.fullAssessment();
        exempt = exempt.withCaseInfo(exempt.caseInfo().withExemptionBasis(" "));
        assertThat(builder.build(exempt, ReportFixtures.analysisOf(exempt)).metadata().exemptionNotice()).contains("Unntatt offentlighet");
    }

    @Test
    void metadataCarriesTitleAuthorLanguageExemptionAndFooterCaption() {
        Assessment exempt = ReportFixtures.exempt(ReportFixtures.fullAssessment());
        ReportMetadata meta = builder.build(exempt, ReportFixtures.analysisOf(exempt)).metadata();
        assertThat(meta.title()).isEqualTo("Bærekraftsvurdering: Ny barneskole på Nordbyhagen");
        assertThat(meta.author()).isEqualTo("Kari Nordmann");
        assertThat(meta.language()).isEqualTo("nb-NO");
        assertThat(meta.exemptionNotice()).contains("Unntatt offentlighet, Offl. § 14");
        assertThat(meta.footerCaption()).isEqualTo("2026/1234 Ny barneskole på Nordbyhagen");
    }
}
