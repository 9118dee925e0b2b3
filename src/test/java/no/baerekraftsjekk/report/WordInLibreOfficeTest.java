package no.baerekraftsjekk.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openpdf.text.pdf.PdfReader;

/**
 * LibreOffice opens every Word report of the shipped examples, in both variants, and converts it to
 * PDF. Needs LibreOffice (Debian: libreoffice-writer-nogui); skipped where {@code soffice} is absent.
 */
@Tag("slow")
class WordInLibreOfficeTest {
    @TempDir
    static Path folder;

    @BeforeAll
    static void needsLibreOffice() {
        assumeTrue(onPath("soffice"), "soffice (LibreOffice) is not installed");
    }

    private static boolean onPath(String program) {
        for (String dir : System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator)) {
            if (Files.isExecutable(Path.of(dir, program))) {
                return true;
            }
        }
        return false;
    }

    @Test
    void libreOfficeOpensEveryWordReportOfTheShippedExamples() throws Exception {
        ReportExporter exporter = ReportExporter.standard();
        List<String> names = new ArrayList<>();
        for (ReportRendering.Example example : ReportRendering.shippedExamples()) {
            for (ReportVariant variant : ReportVariant.values()) {
                String name = example.name() + "-" + variant.code();
                exporter.export(example.assessment(), ReportFormat.WORD, variant, folder.resolve(name + ".docx"));
                names.add(name);
            }
        }
        List<String> command = new ArrayList<>(List.of("soffice", "--headless", "-env:UserInstallation=file://"
                + folder.resolve("profile").toAbsolutePath(), "--convert-to", "pdf", "--outdir", folder.resolve("pdf").toString()));
        names.forEach(n -> command.add(folder.resolve(n + ".docx").toString()));
        Process process = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(folder.resolve("soffice.log").toFile()).start();
        assertThat(process.waitFor(5, TimeUnit.MINUTES)).as("LibreOffice finished").isTrue();
        for (String name : names) {
            Path pdf = folder.resolve("pdf").resolve(name + ".pdf");
            assertThat(pdf).as("%s converted; log: %s", name, Files.readString(folder.resolve("soffice.log"))).exists();
            try (PdfReader reader = new PdfReader(Files.readAllBytes(pdf))) {
                assertThat(reader.getNumberOfPages()).as(name).isBetween(1, name.endsWith("-kort") ? 4 : 10);
            }
        }
    }
}
