package no.baerekraftsjekk.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import no.baerekraftsjekk.domain.Assessment;
import no.baerekraftsjekk.domain.Certainty;
import no.baerekraftsjekk.domain.analysis.Analysis;
import no.baerekraftsjekk.domain.analysis.AssessmentAnalyzer;
import no.baerekraftsjekk.domain.analysis.Conflict;
import no.baerekraftsjekk.domain.analysis.ConflictKind;
import org.junit.jupiter.api.Test;

class ReportContentBuilderTest {
    private final ReportContentBuilder builder = new ReportContentBuilder(ReportGuidance.standard(), ReportFixtures.TEXTS);

    private static <T extends ReportBlock> List<T> blocks(List<ReportBlock> blocks, Class<T> type) {
        return blocks.stream().filter(type::isInstance).map(type::cast).toList();
    }

    private static List<String> headings(ReportContent content, int level) {
        return blocks(content.blocks(), ReportBlock.Heading.class).stream().filter(h -> h.level() == level)
                .map(ReportBlock.Heading::text).toList();
    }

    /** The blocks of the first page: everything before the first page break. */
    static List<ReportBlock> summary(ReportContent content) {
        int end = content.blocks().indexOf(new ReportBlock.PageBreak());
        return end < 0 ? content.blocks() : content.blocks().subList(0, end);
    }

    private static String all(ReportContent content) {
        return String.join("\n", content.texts().toList());
    }

    private ReportContent real(Assessment assessment, ReportVariant variant) {
        return builder.build(assessment, AssessmentAnalyzer.standard().analyse(assessment), variant);
    }

    @Test
    void pageOneSaysWhatTheCaseIsWithItsFactsAndDescriptionThenChartDimensionsConflictsAndConclusion() {
        List<ReportBlock> summary = summary(ReportFixtures.fullContent());
        assertThat(summary.get(1)).isEqualTo(new ReportBlock.Title("Ny barneskole på Nordbyhagen"));
        ReportBlock.Fields facts = blocks(summary, ReportBlock.Fields.class).getFirst();
        assertThat(facts.fields()).extracting(f -> f.label() + ": " + f.value()).containsExactly(
                "Saksnummer: 2026/1234", "Sakstype: Prosjekt", "Organisasjon: Eksempel kommune, Kommunalteknikk",
                "Saksbehandler: Kari Nordmann", "Dato: 23. november 2026", "Status: Ferdig");
        assertThat(summary).contains(new ReportBlock.LabelledText("Om saken",
                "Bygging av ny barneskole for 600 elever, med idrettshall og uteområde."));
        assertThat(summary).anyMatch(b -> b instanceof ReportBlock.EffectChart);
        assertThat(blocks(summary, ReportBlock.Heading.class)).extracting(ReportBlock.Heading::text).containsExactly(
                "Virkning for de 17 målene", "Dimensjonene", "Målkonflikter som må avveies", "Konklusjon");
        assertThat(summary.getLast()).isEqualTo(new ReportBlock.Text(
                "Konklusjonsteksten: skolen anbefales bygget, med tiltak for naturmangfold.", ReportBlock.TextStyle.BODY));
    }

    @Test
    void pageOneNamesTheCommitteeTheMeetingDateAndWhoApprovedTheAssessment() {
        Assessment full = ReportFixtures.fullAssessment();
        Assessment approved = full
                .withCaseInfo(full.caseInfo().withCommittee("Kommunestyret").withMeetingDate(java.time.LocalDate.of(2027, 2, 11)))
                .withStatus(no.baerekraftsjekk.domain.Status.COMPLETE)
                .withReview(new no.baerekraftsjekk.domain.Review(no.baerekraftsjekk.domain.ReviewStatus.APPROVED,
                        "Ola Leder", java.time.LocalDate.of(2027, 1, 20), ""));
        ReportBlock.Fields facts = blocks(summary(ReportFixtures.contentOf(approved)), ReportBlock.Fields.class).getFirst();

        assertThat(facts.fields()).extracting(f -> f.label() + ": " + f.value()).contains(
                "Utvalg: Kommunestyret", "Møtedato: 11. februar 2027", "Kvalitetssikret av: Ola Leder, 20. januar 2027");
        Assessment requested = approved.withReview(new no.baerekraftsjekk.domain.Review(
                no.baerekraftsjekk.domain.ReviewStatus.REQUESTED, "Ola Leder", null, ""));
        assertThat(blocks(summary(ReportFixtures.contentOf(requested)), ReportBlock.Fields.class).getFirst().fields())
                .noneMatch(f -> f.label().equals("Kvalitetssikret av"));
    }

    @Test
    void aLongDescriptionAndConclusionAreShortenedOnPageOneWithAPointerAndGivenInFullLater() {
        Assessment worst = ReportFixtures.worstCase();
        ReportContent content = real(worst, ReportVariant.FULL);
        ReportBlock.LabelledText description = blocks(summary(content), ReportBlock.LabelledText.class).getFirst();
        assertThat(description.text()).hasSizeLessThan(SummarySection.DESCRIPTION_ON_SUMMARY + 80)
                .endsWith("(Hele beskrivelsen står i kapitlet Om saken.)");
        assertThat(headings(content, 1)).contains("Om saken", "Hele konklusjonen");
        assertThat(content.blocks()).contains(new ReportBlock.Text(worst.caseInfo().description().strip(), ReportBlock.TextStyle.BODY),
                new ReportBlock.Text(worst.conclusion().strip(), ReportBlock.TextStyle.BODY));
        ReportContent kort = real(worst, ReportVariant.SHORT);
        assertThat(all(kort)).contains("Forkortet. Hele beskrivelsen står i den fullstendige rapporten.");
    }

    @Test
    void anAssessmentWithNothingAssessedSaysSoAndNeverThatThereAreNoConflicts() {
        Assessment bare = Assessment.newDraft("Tom sak");
        for (ReportVariant variant : ReportVariant.values()) {
            ReportContent content = real(bare, variant);
            String pageOne = String.join("\n", new ReportContent(content.metadata(), summary(content)).texts().toList());
            assertThat(pageOne).contains("Ingen av de 17 målene er vurdert ennå.",
                    "Om saken har målkonflikter, kan ikke sies før målene er vurdert.", "Konklusjonen er ikke skrevet ennå.");
            assertThat(all(content).toLowerCase(Locale.ROOT)).doesNotContain("ingen målkonflikter");
            assertThat(pageOne).doesNotContain("0 – ingen");
            ReportBlock.Table dimensions = blocks(summary(content), ReportBlock.Table.class).getFirst();
            assertThat(dimensions.rows()).allSatisfy(row -> assertThat(row.subList(1, 4)).containsOnly("Ikke vurdert"));
        }
    }

    @Test
    void pageOneCountsTheGoalsAssessedAndRelevantAndNamesTheOnesNotAssessed() {
        ReportContent content = ReportFixtures.contentOf(ReportFixtures.partialAssessment());
        assertThat(summary(content)).contains(new ReportBlock.Text(
                "15 av 17 mål er vurdert: 12 relevante og 3 ikke relevante. 2 mål er ikke vurdert: 12 og 17.",
                ReportBlock.TextStyle.BODY));
    }

    @Test
    void lowCertaintyIsMarkedInTheChartAndListedAsAKnowledgeGap() {
        ReportContent content = ReportFixtures.fullContent();
        ReportBlock.EffectChart chart = blocks(content.blocks(), ReportBlock.EffectChart.class).getFirst();
        // Certainty.values()[n % 3]: LOW for goals 3, 6, 9, 12 and 15 (relevant except none of them left out).
        assertThat(chart.goals().stream().filter(g -> g.confidence() == GoalEffect.Confidence.LOW).map(GoalEffect::goal))
                .containsExactly(3, 6, 9, 12, 15);
        assertThat(chart.goals().get(2).categoryLabel()).isEqualTo("3 God helse og livskvalitet (lav sikkerhet)");
        assertThat(summary(content)).contains(new ReportBlock.Text(
                "Kunnskapshull: Lav sikkerhet for mål 3, 6, 9, 12 og 15.", ReportBlock.TextStyle.NOTE));
        assertThat(PdfEffectChart.legend(chart, new ReportLabels(ReportFixtures.TEXTS))).isEqualTo("Skravert søyle: lav sikkerhet.");
        assertThat(ReportSource.confidenceOf(Certainty.MEDIUM)).isEqualTo(GoalEffect.Confidence.PLAIN);
        assertThat(ReportSource.confidenceOf(null)).isEqualTo(GoalEffect.Confidence.PLAIN);
    }

    @Test
    void theChartsAltTextSaysWhichGoalsGainAndLoseMostInThisCase() {
        ReportBlock.EffectChart chart = blocks(ReportFixtures.fullContent().blocks(), ReportBlock.EffectChart.class).getFirst();
        assertThat(chart.altText()).contains("Størst positiv virkning: mål 1 Utrydde fattigdom (2)",
                "Størst negativ virkning: mål 1 Utrydde fattigdom (2)", "3 mål er vurdert som ikke relevante, og alle er vurdert.");
    }

    @Test
    void everyConflictNamesTheGoalThatGainsAndTheGoalThatLosesWithTheirLevels() {
        ReportContent content = ReportFixtures.fullContent();
        ReportBlock.Table pageOne = blocks(summary(content), ReportBlock.Table.class).stream()
                .filter(t -> t.header().getFirst().equals("Vinner")).findFirst().orElseThrow();
        assertThat(pageOne.rows()).extracting(r -> r.get(0) + " | " + r.get(1) + " | " + r.get(2)).containsExactly(
                "Mål 15 Livet på land (+2, Miljø og klima) | Mål 4 God utdanning (−2, Sosiale forhold) | Sterk (3)",
                "Sosiale forhold (+3) | Miljø og klima (−2) | Middels (2)",
                "Mål 1 Utrydde fattigdom (+2) | Mål 1 Utrydde fattigdom (−2) | Middels (2)");
        List<String> leads = content.blocks().stream()
                .filter(b -> b instanceof ReportBlock.Text t && t.style() == ReportBlock.TextStyle.LEAD)
                .map(b -> ((ReportBlock.Text) b).text()).toList();
        assertThat(leads).containsExactly(
                "Mål 15 Livet på land (+2, Miljø og klima) vinner, mål 4 God utdanning (−2, Sosiale forhold) taper.",
                "Sosiale forhold (+3) vinner, Miljø og klima (−2) taper.\nMiljø og klima (+2) vinner, Sosiale forhold (−2) taper.",
                "Mål 1 Utrydde fattigdom (+2) vinner, mål 1 Utrydde fattigdom (−2) taper.");
        ReportBlock.Table weak = blocks(content.blocks(), ReportBlock.Table.class).stream()
                .filter(t -> t.header().getFirst().equals("Vinner → taper")).findFirst().orElseThrow();
        assertThat(weak.rows()).extracting(r -> r.get(0)).containsExactly(
                "Mål 7 Ren energi til alle (+2, Sosiale forhold) → mål 8 Anstendig arbeid og økonomisk vekst (−1, Økonomi)");
    }

    @Test
    void strongConflictsGetTheirWeighingAndMeasuresWeakOnesShareATable() {
        ReportContent content = ReportFixtures.fullContent();
        assertThat(content.blocks()).containsSubsequence(
                new ReportBlock.Text("Mål 15 Livet på land (+2, Miljø og klima) vinner, mål 4 God utdanning (−2, Sosiale forhold) taper.",
                        ReportBlock.TextStyle.LEAD),
                new ReportBlock.Text("Mellom to mål · Styrke: Sterk (3) · På tvers av dimensjoner · Avveid: Ja", ReportBlock.TextStyle.NOTE),
                new ReportBlock.LabelledText("Avveining", "Avveiningen mellom skole og natur: skolen veier tyngst."),
                new ReportBlock.LabelledText("Avbøtende tiltak", "Avbøtende tiltak: erstatningsbiotop og grønne tak."));
        assertThat(headings(content, 2)).contains("Svake målkonflikter (styrke 1)", "Avveininger for konflikter som ikke lenger finnes",
                "Mål som kan være oversett");
    }

    @Test
    void manyConflictsWithNothingWrittenBecomeOneMatrixWithEveryDirection() {
        Assessment worst = ReportFixtures.worstCase();
        Analysis analysis = AssessmentAnalyzer.standard().analyse(worst);
        ReportContent content = builder.build(worst, analysis, ReportVariant.FULL);
        ReportBlock.Table matrix = blocks(content.blocks(), ReportBlock.Table.class).stream()
                .filter(t -> t.header().getFirst().startsWith("Vinner ↓")).findFirst().orElseThrow();
        for (Conflict conflict : analysis.conflicts()) {
            if (conflict.kind() != ConflictKind.GOALS) {
                continue;
            }
            int a = conflict.goals().get(0);
            int b = conflict.goals().get(1);
            int ab = Math.min(worst.goal(a).orElseThrow().positive(), worst.goal(b).orElseThrow().negative());
            int ba = Math.min(worst.goal(b).orElseThrow().positive(), worst.goal(a).orElseThrow().negative());
            assertThat(cell(matrix, a, b)).as("%d gains, %d loses", a, b).isEqualTo(ab == 0 ? "" : String.valueOf(ab));
            assertThat(cell(matrix, b, a)).as("%d gains, %d loses", b, a).isEqualTo(ba == 0 ? "" : String.valueOf(ba));
        }
    }

    private static String cell(ReportBlock.Table matrix, int gaining, int losing) {
        int column = matrix.header().indexOf(String.valueOf(losing));
        return matrix.rows().stream().filter(r -> r.getFirst().startsWith("Mål " + gaining + " ")).findFirst()
                .map(r -> r.get(column)).orElse("");
    }

    @Test
    void anEmptyFieldIsLeftOutNeverAnnouncedAsNotFilledIn() {
        for (Assessment assessment : List.of(Assessment.newDraft("Tom sak"), ReportFixtures.fullAssessment()
                .withConclusion("").withCollaboration(""), ReportFixtures.worstCase())) {
            for (ReportVariant variant : ReportVariant.values()) {
                assertThat(all(real(assessment, variant))).doesNotContain("Ikke fylt ut");
            }
        }
        ReportContent noCollaboration = real(ReportFixtures.fullAssessment().withCollaboration(""), ReportVariant.FULL);
        assertThat(headings(noCollaboration, 1)).doesNotContain("Samarbeid på tvers");
    }

    @Test
    void theShortVariantIsPageOneAndTheConflictsThatNeedWeighing() {
        ReportContent kort = ReportFixtures.contentOf(ReportFixtures.fullAssessment(), ReportVariant.SHORT);
        assertThat(headings(kort, 1)).containsExactly("Virkning for de 17 målene", "Dimensjonene",
                "Målkonflikter som må avveies", "Konklusjon", "Avveining av målkonfliktene").doesNotHaveDuplicates();
        assertThat(all(kort)).contains("Avveiningen mellom skole og natur: skolen veier tyngst.")
                .doesNotContain("Begrunnelse for mål 13", "Om metoden og skalaen", "Svake målkonflikter");
        assertThat(all(kort)).contains("Én svak målkonflikt (styrke 1) står i den fullstendige rapporten.");
    }

    @Test
    void chaptersFollowPageOneInOrderAndNoChapterNameRepeats() {
        List<String> chapters = headings(ReportFixtures.fullContent(), 1);
        assertThat(chapters).containsExactly("Virkning for de 17 målene", "Dimensjonene", "Målkonflikter som må avveies",
                "Konklusjon", "Vurdering av hvert mål", "Målkonflikter", "De tre dimensjonene", "Samarbeid på tvers",
                "Mål som ikke er relevante eller ikke vurdert", "Om metoden og skalaen");
        assertThat(chapters).doesNotHaveDuplicates();
    }

    @Test
    void eachRelevantGoalHasItsTileRatingsOnOneLineTargetsJustificationAndMeasures() {
        List<ReportBlock> blocks = ReportFixtures.fullContent().blocks();
        int at = blocks.indexOf(new ReportBlock.GoalTile(13, "Stoppe klimaendringene", "#3F7E44", "white"));
        assertThat(at).isPositive();
        assertThat(blocks.subList(at + 1, at + 5)).containsExactly(
                new ReportBlock.Text("Relevans: Direkte · Positiv virkning: 2 – middels · Negativ virkning: 2 – middels"
                        + " · Sikkerhet: Middels · Tidshorisont: Lang sikt", ReportBlock.TextStyle.NOTE),
                new ReportBlock.LabelledText("Delmål", "13.1 Bedre evne til å tåle klimarelaterte farer; 13.2 Klimahensyn i politikk og planlegging"),
                new ReportBlock.LabelledText("Begrunnelse", "Begrunnelse for mål 13: skolen påvirker målet gjennom økt kapasitet og nærhet. Æøå ÆØÅ."),
                new ReportBlock.LabelledText("Tiltak", "Tiltak for mål 13: følg opp i byggeprogrammet."));
    }

    @Test
    void goalsNotRelevantAndNotAssessedAreListedByName() {
        ReportContent content = ReportFixtures.contentOf(ReportFixtures.partialAssessment());
        assertThat(blocks(content.blocks(), ReportBlock.Table.class)).anySatisfy(t -> assertThat(t.rows()).containsExactly(
                List.of("Mål 2 Utrydde sult", "Ikke relevant-begrunnelse for mål 2."),
                List.of("Mål 5 Likestilling mellom kjønnene", "Ikke relevant-begrunnelse for mål 5."),
                List.of("Mål 14 Livet i havet", "Ikke relevant-begrunnelse for mål 14.")));
        assertThat(content.blocks()).contains(new ReportBlock.Text(
                "Mål 12 Ansvarlig forbruk og produksjon\nMål 17 Samarbeid for å nå målene", ReportBlock.TextStyle.BODY));
    }

    /** Issue 20: the reasons given are shown; a goal without one is named, never a row of "–" or "Ikke oppgitt". */
    @Test
    void goalsNotRelevantShowTheReasonsGivenAndNameTheOthersWithoutEmptyRows() {
        Assessment assessment = ReportFixtures.partialAssessment();
        assessment = assessment.withGoal(assessment.goal(5).orElseThrow().withJustification(""));
        ReportContent content = ReportFixtures.contentOf(assessment);
        assertThat(blocks(content.blocks(), ReportBlock.Table.class)).anySatisfy(t -> {
            assertThat(t.header()).containsExactly("Mål", "Hvorfor ikke relevant");
            assertThat(t.rows()).containsExactly(
                    List.of("Mål 2 Utrydde sult", "Ikke relevant-begrunnelse for mål 2."),
                    List.of("Mål 14 Livet i havet", "Ikke relevant-begrunnelse for mål 14."));
        });
        assertThat(content.blocks()).contains(new ReportBlock.Text(
                "Uten begrunnelse:\nMål 5 Likestilling mellom kjønnene", ReportBlock.TextStyle.BODY));
        assertThat(all(content)).doesNotContain("Ikke oppgitt").doesNotContain("\n–\n");

        Assessment noneGiven = assessment;
        for (int goal : List.of(2, 14)) {
            noneGiven = noneGiven.withGoal(noneGiven.goal(goal).orElseThrow().withJustification(""));
        }
        ReportContent bare = ReportFixtures.contentOf(noneGiven);
        assertThat(bare.blocks()).contains(new ReportBlock.Text(
                "Mål 2 Utrydde sult\nMål 5 Likestilling mellom kjønnene\nMål 14 Livet i havet", ReportBlock.TextStyle.BODY));
        assertThat(blocks(bare.blocks(), ReportBlock.Table.class)).noneMatch(t -> t.header().contains("Hvorfor ikke relevant"));
    }

    /** Format version 2's «vet ikke»: the goals are listed under a knowledge gap with what is missing. */
    @Test
    void goalsRatedVetIkkeAreListedUnderAKnowledgeGapWithWhatIsMissing() {
        Assessment assessment = ReportFixtures.fullAssessment();
        assessment = assessment.withGoal(assessment.goal(4).orElseThrow().withCertainty(Certainty.UNKNOWN)
                .withJustification("Vi vet ikke ennå hvor mange elever som flytter."));
        ReportContent content = ReportFixtures.contentOf(assessment);
        assertThat(headings(content, 1)).contains("Kunnskapshull");
        assertThat(blocks(content.blocks(), ReportBlock.Table.class)).anySatisfy(t -> {
            assertThat(t.header()).containsExactly("Mål", "Hva som mangler");
            assertThat(t.rows()).containsExactly(List.of("Mål 4 God utdanning", "Vi vet ikke ennå hvor mange elever som flytter."));
        });
        assertThat(headings(ReportFixtures.fullContent(), 1)).as("no «vet ikke», no chapter").doesNotContain("Kunnskapshull");
    }

    @Test
    void theMethodNoteQuotesTheMethodAndTheScalesOfEffectAndCertainty() {
        var help = ReportGuidance.standard().help();
        assertThat(all(ReportFixtures.fullContent())).contains(help.method(), help.effectScale(0), help.effectScale(3),
                help.certainty("LOW"), help.certainty("HIGH"));
    }

    @Test
    void aDraftSaysUtkastAndAnExemptCaseSaysSoInTheBodyToo() {
        ReportContent content = ReportFixtures.contentOf(ReportFixtures.exempt(ReportFixtures.partialAssessment()));
        assertThat(content.blocks().getFirst()).isEqualTo(new ReportBlock.Text("Bærekraftsvurdering · UTKAST", ReportBlock.TextStyle.KICKER));
        assertThat(content.metadata().draftNotice()).contains("UTKAST");
        assertThat(summary(content)).contains(new ReportBlock.Text("Unntatt offentlighet, Offl. § 14", ReportBlock.TextStyle.NOTICE));
        assertThat(ReportFixtures.fullContent().metadata().draftNotice()).isEmpty();
    }

    @Test
    void anExemptCaseWithoutABasisStillSaysItIsExempt() {
        Assessment exempt = ReportFixtures.fullAssessment();
        exempt = exempt.withCaseInfo(exempt.caseInfo().withExemptionBasis(" "));
        ReportMetadata meta = ReportFixtures.contentOf(exempt).metadata();
        assertThat(meta.exemptionNotice()).contains("Unntatt offentlighet");
        assertThat(meta.exemptionBasis()).isEmpty();
    }

    @Test
    void metadataCarriesWhatTheArchiveNeedsWithTheOrganisationAsAuthorWhenNoCaseworkerIsGiven() {
        Assessment exempt = ReportFixtures.exempt(ReportFixtures.fullAssessment());
        ReportMetadata meta = ReportFixtures.contentOf(exempt).metadata();
        assertThat(meta.title()).isEqualTo("Bærekraftsvurdering: Ny barneskole på Nordbyhagen");
        assertThat(meta.author()).isEqualTo("Kari Nordmann");
        assertThat(meta.language()).isEqualTo("nb-NO");
        assertThat(meta.caseNumber()).isEqualTo("2026/1234");
        assertThat(meta.organisation()).isEqualTo("Eksempel kommune, Kommunalteknikk");
        assertThat(meta.exemptionNotice()).contains("Unntatt offentlighet, Offl. § 14");
        assertThat(meta.exemptionBasis()).contains("Offl. § 14");
        assertThat(meta.footerCaption()).isEqualTo("2026/1234 Ny barneskole på Nordbyhagen");
        assertThat(meta.keywords("Saksnummer")).isEqualTo("Saksnummer 2026/1234; Eksempel kommune, Kommunalteknikk; Unntatt offentlighet, Offl. § 14");
        var info = exempt.caseInfo();
        Assessment anonymous = exempt.withCaseInfo(new no.baerekraftsjekk.domain.CaseInfo(info.title(), info.caseNumber(),
                info.caseType(), info.organisation(), info.unit(), "", info.date(), info.description(), info.exemptionBasis()));
        assertThat(ReportFixtures.contentOf(anonymous).metadata().author()).isEqualTo("Eksempel kommune, Kommunalteknikk");
    }

    @Test
    void shortenedTextsCutAtAWordAndNeverSplitACharacter() {
        String text = "ord ".repeat(100) + "😀".repeat(50);
        String cut = Shortened.of(text, 250, "(pil)");
        assertThat(cut).startsWith("ord ord").endsWith("… (pil)").doesNotContain("ord… ");
        String emoji = Shortened.of("😀".repeat(200), 101, "(pil)");
        assertThat(emoji.codePoints()).doesNotContain((int) '\uFFFD');
        assertThat(Character.isHighSurrogate(emoji.charAt(emoji.indexOf(" …") - 1))).isFalse();
        assertThat(Shortened.of("kort", 250, "(pil)")).isEqualTo("kort");
    }
}
