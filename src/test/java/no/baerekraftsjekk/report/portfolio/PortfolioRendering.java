package no.baerekraftsjekk.report.portfolio;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import no.baerekraftsjekk.domain.portfolio.Portfolio;

/**
 * Writes the portfolio of {@link PortfolioExportTest} (forty cases, one of them exempt) in every
 * format and turns each page into PNG for a person to look at: pdftoppm for the PDF, LibreOffice
 * for the Word file and the worksheet. Not a test: run it by hand (it needs poppler-utils,
 * libreoffice-writer-nogui and libreoffice-calc-nogui).
 * {@code java -cp ... no.baerekraftsjekk.report.portfolio.PortfolioRendering target/rendering-portfolio}
 */
public final class PortfolioRendering {
    private PortfolioRendering() {
    }

    public static void main(String[] args) throws Exception {
        Path folder = Path.of(args.length > 0 ? args[0] : "target/rendering-portfolio");
        Files.createDirectories(folder.resolve("office"));
        Portfolio portfolio = PortfolioExportTest.portfolioWithExemptCase();
        PortfolioExporter exporter = new PortfolioExporter(no.baerekraftsjekk.domain.text.Texts.of(no.baerekraftsjekk.domain.text.Language.BASE));
        for (PortfolioFormat format : PortfolioFormat.values()) {
            exporter.export(portfolio, format, folder.resolve("portefolje." + format.extension()));
        }
        run(folder, "pdftoppm", "-png", "-r", "60", "portefolje.pdf", "pdf");
        for (String file : new String[] {"portefolje.docx", "portefolje.xlsx"}) {
            run(folder, "soffice", "--headless", "--convert-to", "pdf", "--outdir", "office", file);
            String name = file.replace('.', '-');
            Files.move(folder.resolve("office/portefolje.pdf"), folder.resolve("office/" + name + ".pdf"),
                    java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            run(folder.resolve("office"), "pdftoppm", "-png", "-r", "60", name + ".pdf", name);
        }
    }

    private static void run(Path folder, String... command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).directory(folder.toFile()).inheritIO().start();
        if (process.waitFor() != 0) {
            throw new IOException("Failed: " + String.join(" ", command));
        }
    }
}
