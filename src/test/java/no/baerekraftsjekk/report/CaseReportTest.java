package no.baerekraftsjekk.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.util.List;
import no.baerekraftsjekk.domain.Assessment;
import no.baerekraftsjekk.domain.Fixtures;
import no.baerekraftsjekk.domain.Recommendation;
import no.baerekraftsjekk.report.ReportBlock.LabelledText;
import no.baerekraftsjekk.report.ReportBlock.PageBreak;
import no.baerekraftsjekk.report.ReportBlock.Table;
import no.baerekraftsjekk.report.ReportBlock.Title;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;

/** The report of a case with alternatives: the comparison page first, then each alternative's own report. */
class CaseReportTest {
    private final ReportExporter exporter = ReportExporter.standard();

    @BeforeAll
    static void initialiseVeraPdf() {
        VeraGreenfieldFoundryProvider.initialise();
    }

    @Test
    void theFirstPageComparesTheAlternativesAndNamesTheRecommendation() {
        ReportContent content = exporter.content(Fixtures.caseWithAlternatives());
        List<ReportBlock> firstPage = content.blocks().subList(0, content.blocks().indexOf(new PageBreak()));

        Table comparison = firstPage.stream().filter(Table.class::isInstance).map(Table.class::cast).findFirst().orElseThrow();
        assertThat(comparison.header()).containsExactly("Mål", "Alternativ 0: dagens skole (nullalternativet)",
                "Alternativ 1: ny sentralskole", "Alternativ 2: rehabilitering", "Forskjell");
        // Goal 4: the zero alternative harms it, the others help: both sides differ, and are never netted.
        assertThat(comparison.rows()).anySatisfy(row -> assertThat(row).containsExactly("4 God utdanning",
                "+ Ingen / − Middels", "+ Ingen / − Ingen", "+ Liten / − Ingen", "Ulik positiv og negativ virkning"));
        assertThat(firstPage).contains(new LabelledText("Anbefalt alternativ", "Alternativ 1: ny sentralskole"),
                new LabelledText("Begrunnelse", "Gir best skole for flest elever."));
    }

    @Test
    void eachAlternativeFollowsWithItsOwnReportUnderATitleThatNamesIt() {
        ReportContent content = exporter.content(Fixtures.caseWithAlternatives());

        assertThat(content.blocks()).filteredOn(Title.class::isInstance).extracting(b -> ((Title) b).text()).containsExactly(
                "Ny barneskole på Nordbyhagen",
                "Ny barneskole på Nordbyhagen – Alternativ 0: dagens skole (nullalternativet)",
                "Ny barneskole på Nordbyhagen – Alternativ 1: ny sentralskole",
                "Ny barneskole på Nordbyhagen – Alternativ 2: rehabilitering");
        assertThat(content.metadata().title()).contains("Ny barneskole på Nordbyhagen");
    }

    @Test
    void aCaseWithNoAlternativeChosenSaysSo() {
        Assessment unchosen = Fixtures.caseWithAlternatives().withRecommendation(new Recommendation("", ""));

        ReportContent content = exporter.content(unchosen);

        assertThat(content.blocks()).anySatisfy(b -> assertThat(b).isInstanceOf(ReportBlock.Text.class)
                .extracting(t -> ((ReportBlock.Text) t).text()).isEqualTo("Ingen av alternativene er valgt som anbefalt ennå."));
    }

    @Test
    void thePdfOfACasePassesVeraPdfAsPdfUaAndPdfA2aAndTheWordReportIsWritten() throws Exception {
        ByteArrayOutputStream pdf = new ByteArrayOutputStream();
        exporter.export(Fixtures.caseWithAlternatives(), ReportFormat.PDF, pdf);
        TaggedPdfAssert.assertPdfUaAndPdfA2a(pdf.toByteArray());

        ByteArrayOutputStream word = new ByteArrayOutputStream();
        exporter.export(Fixtures.caseWithAlternatives(), ReportFormat.WORD, word);
        assertThat(word.size()).isPositive();
    }
}
