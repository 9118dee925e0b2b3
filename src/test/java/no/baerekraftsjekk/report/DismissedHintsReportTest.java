package no.baerekraftsjekk.report;

import static no.baerekraftsjekk.report.ReportTexts.squeeze;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import no.baerekraftsjekk.domain.Assessment;
import no.baerekraftsjekk.domain.HintDismissal;
import no.baerekraftsjekk.domain.analysis.AssessmentAnalyzer;
import no.baerekraftsjekk.domain.analysis.Hint;
import no.baerekraftsjekk.domain.format.BkjReader;
import no.baerekraftsjekk.storage.SqliteLibrary;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 20: a hint marked «Vurdert – ikke aktuelt» stays dismissed after the library is closed and
 * opened again, and only the open hints reach the Word and PDF reports; the one note on the small
 * conflicts does reach them.
 */
@org.junit.jupiter.api.Tag("slow")
class DismissedHintsReportTest {
    private static final String HINTS_HEADING = ReportFixtures.TEXTS.get("report.section.hints");
    private static final String NOTE = "De små konfliktene følges opp i detaljplanen for Eksempelheia.";
    private static ReportExporter exporter;

    @TempDir
    Path folder;

    @BeforeAll
    static void createExporter() {
        exporter = ReportExporter.standard();
    }

    private static Assessment windPower() throws Exception {
        try (InputStream in = DismissedHintsReportTest.class.getResourceAsStream("/examples/vindkraft-omrade.bkj")) {
            return new BkjReader().read(in.readAllBytes()).assessment();
        }
    }

    private String pdfText(Assessment assessment) throws Exception {
        Path pdf = folder.resolve("rapport.pdf");
        exporter.export(assessment, ReportFormat.PDF, pdf);
        return String.join("\n", PdfReportWriterTest.pages(Files.readAllBytes(pdf)));
    }

    private String wordText(Assessment assessment) throws Exception {
        Path word = folder.resolve("rapport.docx");
        exporter.export(assessment, ReportFormat.WORD, word);
        try (InputStream in = Files.newInputStream(word); XWPFDocument document = new XWPFDocument(in);
                XWPFWordExtractor extractor = new XWPFWordExtractor(document)) {
            return extractor.getText();
        }
    }

    @Test
    void dismissedHintsSurviveARestartAndStayOutOfTheReports() throws Exception {
        Assessment plan = windPower();
        List<Hint> hints = AssessmentAnalyzer.standard().analyse(plan).hints();
        assertThat(hints).as("the plan gets hints to dismiss").isNotEmpty();
        assertThat(squeeze(pdfText(plan))).as("open hints are reported").contains(squeeze(HINTS_HEADING));
        assertThat(wordText(plan)).contains(HINTS_HEADING);

        Assessment dismissed = plan.withMinorConflictsNote(NOTE);
        for (Hint hint : hints) {
            dismissed = dismissed.withDismissedHint(new HintDismissal(hint.goals(), hint.overlookedGoal(), "Ikke aktuelt her."));
        }
        Path file = folder.resolve("bibliotek.sqlite");
        long id;
        try (SqliteLibrary library = SqliteLibrary.open(file)) {
            id = library.create(dismissed).id();
        }
        Assessment reopened;
        try (SqliteLibrary library = SqliteLibrary.open(file)) {
            reopened = library.find(id).orElseThrow().assessment();
        }
        assertThat(reopened.dismissedHints()).hasSameSizeAs(hints);

        String pdf = pdfText(reopened);
        // Kept for a person to look at, beside the snapshots of the conflict step.
        Path look = Path.of("target", "snapshots", "conflicts");
        Files.createDirectories(look);
        Files.copy(folder.resolve("rapport.pdf"), look.resolve("wind-power-hints-dismissed.pdf"),
                java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        String word = wordText(reopened);
        assertThat(squeeze(pdf)).doesNotContain(squeeze(HINTS_HEADING)).contains(squeeze(NOTE));
        assertThat(word).doesNotContain(HINTS_HEADING).contains(NOTE);
        assertThat(word).doesNotContain("Ikke aktuelt her.");
    }

    @Test
    void aHintShownAgainReturnsToTheReport() throws Exception {
        Assessment plan = windPower();
        Hint first = AssessmentAnalyzer.standard().analyse(plan).hints().getFirst();
        Assessment dismissed = plan.withDismissedHint(new HintDismissal(first.goals(), first.overlookedGoal(), ""));

        Assessment shownAgain = dismissed.withoutDismissedHint(first.goals(), first.overlookedGoal());

        assertThat(shownAgain.dismissedHints()).isEmpty();
        assertThat(wordText(shownAgain)).contains(HINTS_HEADING);
    }
}
