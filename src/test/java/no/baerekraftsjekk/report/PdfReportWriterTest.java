package no.baerekraftsjekk.report;

import static no.baerekraftsjekk.report.ReportTexts.squeeze;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import no.baerekraftsjekk.domain.Assessment;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openpdf.text.pdf.PdfName;
import org.openpdf.text.pdf.PdfReader;
import org.openpdf.text.pdf.PdfString;
import org.openpdf.text.pdf.SimpleBookmark;
import org.openpdf.text.pdf.parser.PdfTextExtractor;

class PdfReportWriterTest {
    private static PdfReportWriter writer;

    @BeforeAll
    static void createWriter() {
        writer = new PdfReportWriter(ReportFixtures.TEXTS);
    }

    static byte[] render(ReportContent content) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        writer.write(content, out);
        return out.toByteArray();
    }

    /** The body text of every page, the header and footer lines taken out. */
    static String body(List<String> pages, ReportContent content) {
        StringBuilder all = new StringBuilder();
        for (int i = 0; i < pages.size(); i++) {
            String text = squeeze(pages.get(i)).replace(squeeze(content.metadata().footerCaption()), "")
                    .replace(squeeze("Side " + (i + 1) + " av " + pages.size()), "");
            String notice = content.metadata().exemptionNotice().map(ReportTexts::squeeze).orElse(null);
            String page = notice == null ? text : text.replace(notice, "");
            all.append(content.metadata().draftNotice().map(d -> page.replaceFirst(d, "")).orElse(page));
        }
        return all.toString();
    }

    static List<String> pages(byte[] pdf) throws IOException {
        return TaggedPdfAssert.printedPages(pdf);
    }

    @Test
    void everyTextOfAFullAssessmentAppearsInThePdf() throws IOException {
        // Tables are drawn after the running text of their page, so the order is not checked here.
        ReportContent content = ReportFixtures.fullContent();
        String all = squeeze(body(pages(render(content)), content));
        for (String text : content.texts().toList()) {
            assertThat(all).as("text: %s", text).contains(squeeze(text));
        }
        assertThat(String.join("\n", content.texts().toList())).contains("Begrunnelse for mål 16: skolen påvirker målet gjennom økt kapasitet og nærhet. Æøå ÆØÅ.",
                "Tiltak for mål 9: følg opp i byggeprogrammet.", "Avbøtende tiltak: erstatningsbiotop og grønne tak.",
                "Foreldet avveining mellom mål 3 og 8.", "Mål 14 Livet i havet (ikke relevant)",
                "Ikke relevant-begrunnelse for mål 14.", "Samarbeidsteksten: oppvekst, helse og idrett skal med i prosjektgruppen.",
                "Den økonomiske teksten: investeringen er 480 millioner kroner.", "13.1 Bedre evne til å tåle klimarelaterte farer");
    }

    @Test
    void theFirstPageHoldsTheWholeSummaryUpToTheConclusion() throws IOException {
        String first = squeeze(pages(render(ReportFixtures.fullContent())).getFirst());
        assertThat(first).contains(squeeze("Ny barneskole på Nordbyhagen"), "2026/1234", "Prosjekt", "KariNordmann",
                squeeze("23. november 2026"), "Ferdig", squeeze("Om saken: Bygging av ny barneskole for 600 elever"),
                squeeze("Virkning for de 17 målene"), squeeze("17 av 17 mål er vurdert"), "Dimensjonene",
                squeeze("Målkonflikter som må avveies"), "Konklusjon", squeeze("Konklusjonsteksten: skolen anbefales bygget"));
        assertThat(first).doesNotContain(squeeze("Vurdering av hvert mål"));
    }

    @Test
    void theChartOnTheFirstPageNamesAll17GoalsInFullAndSaysWhichAreNotRatedAndWhy() throws IOException {
        String first = squeeze(pages(render(ReportFixtures.contentOf(ReportFixtures.partialAssessment()))).getFirst());
        for (var goal : no.baerekraftsjekk.domain.GoalCatalog.standard().all()) {
            assertThat(first).as("goal %d", goal.number()).contains(squeeze(goal.titleNb()));
        }
        assertThat(first).contains("Ikkerelevant", "Ikkevurdert", "Negativ", "Positiv");
    }

    @Test
    void everyPageCarriesTheExemptionAndItsBasisAndItsPageNumberWhenTheCaseIsExempt() throws IOException {
        Assessment exempt = ReportFixtures.exempt(ReportFixtures.fullAssessment());
        List<String> pages = pages(render(ReportFixtures.contentOf(exempt)));
        assertThat(pages).hasSizeGreaterThan(3);
        for (int i = 0; i < pages.size(); i++) {
            assertThat(pages.get(i)).as("page %d", i + 1)
                    .contains("Unntatt offentlighet, Offl. § 14")
                    .contains("Side " + (i + 1) + " av " + pages.size())
                    .contains("2026/1234 Ny barneskole på Nordbyhagen");
        }
    }

    @Test
    void pageOneStaysOnePageWithA300CharacterTitleAndLongTextsEverywhere() throws IOException {
        Assessment worst = ReportFixtures.worstCase();
        assertThat(worst.caseInfo().title()).hasSize(300);
        for (ReportVariant variant : ReportVariant.values()) {
            ReportContent content = ReportExporter.standard().content(worst, variant);
            List<String> pages = pages(render(content));
            String first = squeeze(pages.getFirst());
            String conclusion = ((ReportBlock.Text) ReportContentBuilderTest.summary(content).getLast()).text();
            assertThat(first).as(variant.name()).contains(squeeze(worst.caseInfo().title()), "Konklusjon",
                    squeeze(conclusion.substring(conclusion.length() - 40)));
            assertThat(squeeze(pages.get(1))).doesNotContain(squeeze(conclusion.substring(conclusion.length() - 40)));
        }
    }

    @Test
    void aDraftSaysUtkastOnEveryPage() throws IOException {
        List<String> pages = pages(render(ReportFixtures.contentOf(ReportFixtures.partialAssessment())));
        assertThat(pages).hasSizeGreaterThan(2).allSatisfy(page -> assertThat(page).contains("UTKAST"));
        assertThat(String.join("", pages(render(ReportFixtures.fullContent())))).doesNotContain("UTKAST");
    }

    @Test
    void aLabelIsNeverLeftAloneAtTheFootOfAPage() throws IOException {
        for (Assessment assessment : List.of(ReportFixtures.worstCase(), ReportFixtures.fullAssessment())) {
            ReportContent content = ReportExporter.standard().content(assessment);
            List<String> pages = pages(render(content)).stream().map(ReportTexts::squeeze).toList();
            for (ReportBlock block : content.blocks()) {
                if (block instanceof ReportBlock.LabelledText labelled) {
                    String start = squeeze(labelled.label() + ": " + labelled.text()).substring(0, labelled.label().length() + 12);
                    assertThat(pages).as("label and text together: %s", start).anyMatch(p -> p.contains(start));
                }
            }
        }
    }

    @Test
    void nothingIsAnnouncedAsNotFilledIn() throws IOException {
        String all = String.join("", pages(render(ReportExporter.standard().content(Assessment.newDraft("Tom sak")))));
        assertThat(all).doesNotContain("Ikke fylt ut").contains("Ingen av de 17 målene er vurdert ennå.");
        assertThat(all.toLowerCase(java.util.Locale.ROOT)).doesNotContain("ingen målkonflikter");
    }

    @Test
    void rightToLeftTextIsFlaggedNeverPrintedInTheWrongOrder() throws IOException {
        Assessment full = ReportFixtures.fullAssessment();
        Assessment assessment = full.withGoal(full.goal(3).orElseThrow()
                .withJustification("Innspill på arabisk: مرحبا بالعالم og hebraisk: שלום עולם. Slutt."));
        String all = String.join("", pages(render(ReportFixtures.contentOf(assessment))));
        assertThat(all).doesNotContain("مرحبا").doesNotContain("שלום").contains("Innspill på arabisk: \uFFFD \uFFFD og hebraisk");
        assertThat(squeeze(all)).contains(squeeze(new ReportLabels(ReportFixtures.TEXTS).text("glyphs.rtl")));
    }

    @Test
    void theArchiveFindsCaseNumberOrganisationExemptionAndItsBasisInTheProperties() throws IOException {
        Assessment exempt = ReportFixtures.exempt(ReportFixtures.fullAssessment());
        try (PdfReader reader = new PdfReader(render(ReportFixtures.contentOf(exempt)))) {
            Map<String, String> info = new HashMap<>(reader.getInfo());
            assertThat(info).containsEntry("Saksnummer", "2026/1234").containsEntry("Organisasjon", "Eksempel kommune, Kommunalteknikk")
                    .containsEntry("Skjerming", "Unntatt offentlighet, Offl. § 14").containsEntry("Hjemmel", "Offl. § 14");
            assertThat(info.get("Keywords")).contains("2026/1234", "Eksempel kommune", "Offl. § 14");
            assertThat(new String(reader.getMetadata(), java.nio.charset.StandardCharsets.UTF_8)).contains("2026/1234");
        }
    }

    @Test
    void lowCertaintyIsNamedInTheChartsLabelsAndItsPatternExplained() throws IOException {
        String first = squeeze(pages(render(ReportFixtures.fullContent())).getFirst());
        assertThat(first).contains(squeeze("God helse og livskvalitet (lav sikkerhet)"), squeeze("Skravert søyle: lav sikkerhet."),
                squeeze("Kunnskapshull: Lav sikkerhet for mål 3, 6, 9, 12 og 15."));
    }

    @Test
    void anOpenCaseSaysNothingAboutExemption() throws IOException {
        assertThat(String.join("", pages(render(ReportFixtures.fullContent())))).doesNotContain("Unntatt offentlighet");
    }

    @Test
    void aJustificationOf20000CharactersFlowsOverSeveralPagesWithNothingLost() throws IOException {
        StringBuilder longText = new StringBuilder();
        for (int i = 0; longText.length() < 20_000; i++) {
            longText.append("Setning ").append(i).append(" i en lang begrunnelse om skolens virkning. ");
            if (i % 40 == 39) {
                longText.append('\n');
            }
        }
        String justification = longText.substring(0, 20_000);
        Assessment full = ReportFixtures.fullAssessment();
        Assessment assessment = full.withGoal(full.goal(4).orElseThrow().withJustification(justification));
        ReportContent content = ReportFixtures.contentOf(assessment);
        List<String> pages = pages(render(content));
        // Tables (facts, goal tiles) are written to the page after its running text, so their text can
        // land between two lines of the paragraph: take it out before following the paragraph.
        String all = squeeze(body(pages, content));
        for (ReportBlock block : content.blocks()) {
            if (block instanceof ReportBlock.GoalTile tile) {
                all = all.replace(squeeze(tile.headingText()), "");
            }
            if (block instanceof ReportBlock.Fields fields) {
                for (ReportBlock.Field field : fields.fields()) {
                    all = all.replace(squeeze(field.label() + field.value()), "");
                }
            }
        }
        int from = 0;
        for (String sentence : justification.split("(?<=\\.) ")) {
            int at = all.indexOf(squeeze(sentence), from);
            assertThat(at).as("sentence in order: %s", sentence).isGreaterThanOrEqualTo(0);
            from = at;
        }
        assertThat(justification).endsWith("Setning 365 i en lang begr");
        long pagesWithPart = pages.stream().filter(p -> p.contains("i en lang begrunnelse")).count();
        assertThat(pagesWithPart).isGreaterThanOrEqualTo(3);
    }

    @Test
    void charactersTheFontCannotDrawAreReplacedVisiblyAndExplained() throws IOException {
        Assessment full = ReportFixtures.fullAssessment();
        Assessment assessment = full.withGoal(full.goal(3).orElseThrow()
                .withJustification("Glad 😀 skole, æøå ÆØÅ, Sámi čđŋšŧž, ∑ og 中文."));
        String all = String.join("", pages(render(ReportFixtures.contentOf(assessment))));
        assertThat(all).contains("æøå ÆØÅ");
        assertThat(all).contains("Sámi čđŋšŧž");
        assertThat(all).contains("\uFFFD");
        assertThat(squeeze(all)).contains(squeeze(new ReportLabels(ReportFixtures.TEXTS).text("glyphs.replaced")));
        // DejaVu Sans draws this emoji itself; it has no Chinese, so those two become visible marks.
        assertThat(all).contains("😀").contains("og \uFFFD\uFFFD.").doesNotContain("中文");
    }

    @Test
    void withoutUnusualCharactersThereIsNoReplacementNote() throws IOException {
        String all = String.join("", pages(render(ReportFixtures.fullContent())));
        assertThat(all).doesNotContain("\uFFFD").doesNotContain("finnes ikke i skrifttypen");
    }

    @Test
    void headingsBecomeBookmarksWithGoalsUnderTheirChapter() throws IOException {
        ReportContent content = ReportFixtures.fullContent();
        try (PdfReader reader = new PdfReader(render(content))) {
            List<Map<String, Object>> outline = SimpleBookmark.getBookmarkList(reader);
            List<String> chapters = outline.stream().map(b -> (String) b.get("Title")).toList();
            List<String> expected = content.blocks().stream()
                    .filter(b -> b instanceof ReportBlock.Title || b instanceof ReportBlock.Heading h && h.level() == 1)
                    .map(b -> b instanceof ReportBlock.Title t ? t.text() : ((ReportBlock.Heading) b).text()).toList();
            assertThat(chapters).containsExactlyElementsOf(expected);
            Map<String, Object> goals = outline.stream().filter(b -> "Vurdering av hvert mål".equals(b.get("Title"))).findFirst().orElseThrow();
            @SuppressWarnings("unchecked")
            List<Map<String, Object>> kids = (List<Map<String, Object>>) goals.getOrDefault("Kids", List.of());
            assertThat(kids.stream().map(k -> (String) k.get("Title")).toList())
                    .contains("1 Utrydde fattigdom", "4 God utdanning", "17 Samarbeid for å nå målene")
                    .doesNotContain("2 Utrydde sult");
        }
    }

    @Test
    void documentTitleAuthorAndLanguageAreSet() throws IOException {
        try (PdfReader reader = new PdfReader(render(ReportFixtures.fullContent()))) {
            Map<String, String> info = new HashMap<>(reader.getInfo());
            assertThat(info.get("Title")).isEqualTo("Bærekraftsvurdering: Ny barneskole på Nordbyhagen");
            assertThat(info.get("Author")).isEqualTo("Kari Nordmann");
            PdfString lang = (PdfString) PdfReader.getPdfObject(reader.getCatalog().get(PdfName.LANG));
            assertThat(lang.toUnicodeString()).isEqualTo("nb-NO");
            assertThat(reader.getMetadata()).isNotNull();
            assertThat(new String(reader.getMetadata(), java.nio.charset.StandardCharsets.UTF_8)).contains("pdfaid:part");
        }
    }
}
