package no.baerekraftsjekk.report.portfolio;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import no.baerekraftsjekk.domain.text.Language;
import no.baerekraftsjekk.domain.text.Texts;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openpdf.text.pdf.PdfReader;
import org.openpdf.text.pdf.parser.PdfTextExtractor;

/**
 * LibreOffice Calc opens the portfolio's worksheet as a council's IT would, and prints it: the
 * tables, the exempt case counted and never named. A workbook Calc had to repair would not convert
 * as it is. Needs libreoffice-calc-nogui (.ci/run installs it); skipped where {@code soffice} is absent.
 */
@Tag("slow")
class WorkbookInLibreOfficeTest {
    @TempDir
    Path folder;

    @Test
    void calcOpensTheWorkbookAndPrintsItsTablesWithoutTheExemptCase() throws Exception {
        assumeTrue(onPath("soffice"), "soffice (LibreOffice) is not installed");
        Path xlsx = folder.resolve("portefolje.xlsx");
        new PortfolioExporter(Texts.of(Language.BASE)).export(PortfolioExportTest.portfolioWithExemptCase(), PortfolioFormat.XLSX, xlsx);

        Process calc = new ProcessBuilder("soffice", "--headless", "-env:UserInstallation=file://" + folder.resolve("profile").toAbsolutePath(),
                "--convert-to", "pdf", "--outdir", folder.resolve("pdf").toString(), xlsx.toString())
                .redirectErrorStream(true).redirectOutput(folder.resolve("soffice.log").toFile()).start();
        assertThat(calc.waitFor(5, TimeUnit.MINUTES)).as("LibreOffice finished").isTrue();

        Path pdf = folder.resolve("pdf").resolve("portefolje.pdf");
        assertThat(pdf).as("converted; log: %s", Files.readString(folder.resolve("soffice.log"))).exists();
        // Kept to look at: pdftoppm -png target/snapshots/portfolio-workbook-in-calc.pdf
        Files.createDirectories(Path.of("target", "snapshots"));
        Files.copy(pdf, Path.of("target", "snapshots", "portfolio-workbook-in-calc.pdf"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        StringBuilder text = new StringBuilder();
        try (PdfReader reader = new PdfReader(Files.readAllBytes(pdf))) {
            assertThat(reader.getNumberOfPages()).isGreaterThanOrEqualTo(2);
            PdfTextExtractor extractor = new PdfTextExtractor(reader);
            for (int page = 1; page <= reader.getNumberOfPages(); page++) {
                text.append(extractor.getTextFromPage(page)).append('\n');
            }
        }
        String printed = text.toString().replaceAll("\\s+", " ");
        assertThat(printed).contains(PortfolioExportTest.OPEN_TITLE).contains("Utrydde fattigdom").contains("Livet på land");
        List.copyOf(PortfolioExportTest.SECRETS).forEach(secret -> assertThat(printed).doesNotContain(secret));
    }

    private static boolean onPath(String program) {
        for (String dir : System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator)) {
            if (Files.isExecutable(Path.of(dir, program))) {
                return true;
            }
        }
        return false;
    }
}
