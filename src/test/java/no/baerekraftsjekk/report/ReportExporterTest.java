package no.baerekraftsjekk.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import no.baerekraftsjekk.domain.format.FileWriteException;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openpdf.text.pdf.PdfReader;

class ReportExporterTest {
    private static ReportExporter exporter;
    @TempDir
    Path folder;
    private final List<Path> locked = new ArrayList<>();

    @BeforeAll
    static void createExporter() {
        exporter = ReportExporter.standard();
    }

    @AfterEach
    void unlock() throws Exception {
        for (Path path : locked) {
            if (isRoot()) {
                new ProcessBuilder("chattr", "-i", path.toString()).start().waitFor();
            }
            Files.setPosixFilePermissions(path, PosixFilePermissions.fromString(Files.isDirectory(path) ? "rwx------" : "rw-------"));
        }
    }

    @Test
    void writesAReadablePdfAndWordDocumentUnderTheSuggestedName() throws Exception {
        var assessment = ReportFixtures.fullAssessment();
        Path pdf = folder.resolve(ReportFileName.suggest(assessment.caseInfo(), ReportFormat.PDF, ReportFixtures.TEXTS));
        Path word = folder.resolve(ReportFileName.suggest(assessment.caseInfo(), ReportFormat.WORD, ReportFixtures.TEXTS));
        exporter.export(assessment, ReportFormat.PDF, pdf);
        exporter.export(assessment, ReportFormat.WORD, word);
        try (PdfReader reader = new PdfReader(pdf.toString())) {
            assertThat(reader.getNumberOfPages()).isGreaterThan(3);
        }
        try (InputStream in = Files.newInputStream(word); XWPFDocument document = new XWPFDocument(in)) {
            assertThat(document.getParagraphs()).anyMatch(p -> "Vurdering av hvert mål".equals(p.getText()));
        }
        assertThat(listing()).containsExactlyInAnyOrder(pdf.getFileName().toString(), word.getFileName().toString());
    }

    @Test
    void replacesAnOlderReportOfTheSameName() throws Exception {
        Path pdf = folder.resolve("rapport.pdf");
        Files.writeString(pdf, "gammel");
        exporter.export(ReportFixtures.fullAssessment(), ReportFormat.PDF, pdf);
        assertThat(Files.readAllBytes(pdf)).startsWith("%PDF-".getBytes());
        assertThat(listing()).containsExactly("rapport.pdf");
    }

    @Test
    void aReadOnlyFolderGivesANorwegianMessageKeepsTheOldFileAndLeavesNoTemporaryFile() throws Exception {
        Path pdf = folder.resolve("rapport.pdf");
        Files.writeString(pdf, "gammel rapport");
        lock(folder);

        assertThatThrownBy(() -> exporter.export(ReportFixtures.fullAssessment(), ReportFormat.PDF, pdf))
                .isInstanceOf(FileWriteException.class)
                .satisfies(e -> assertThat(ReportFixtures.TEXTS.explain(e)).containsAnyOf("Har ikke tilgang til å skrive", "Kunne ikke skrive")
                        .contains(folder.toString()));
        assertThat(Files.readString(pdf)).isEqualTo("gammel rapport");
        assertThat(listing()).containsExactly("rapport.pdf");
    }

    @Test
    void aReadOnlyFileGivesANorwegianMessageAndStaysAsItWas() throws Exception {
        Path word = folder.resolve("rapport.docx");
        Files.writeString(word, "gammel rapport");
        lock(word);

        assertThatThrownBy(() -> exporter.export(ReportFixtures.fullAssessment(), ReportFormat.WORD, word))
                .isInstanceOf(FileWriteException.class)
                .satisfies(e -> assertThat(ReportFixtures.TEXTS.explain(e))
                        .isEqualTo("Filen " + word + " er skrivebeskyttet. Velg et annet navn eller en annen mappe."));
        assertThat(Files.readString(word)).isEqualTo("gammel rapport");
        assertThat(listing()).containsExactly("rapport.docx");
    }

    @Test
    void aMissingFolderIsNamedInTheMessage() {
        Path target = folder.resolve("finnes-ikke").resolve("rapport.pdf");
        assertThatThrownBy(() -> exporter.export(ReportFixtures.fullAssessment(), ReportFormat.PDF, target))
                .isInstanceOf(FileWriteException.class)
                .satisfies(e -> assertThat(ReportFixtures.TEXTS.explain(e)).contains("finnes ikke"));
    }

    @Test
    void warmUpRunsBothWritersWithoutTouchingTheDisk() throws IOException {
        exporter.warmUp();
        assertThat(listing()).isEmpty();
    }

    @Test
    void aStreamGetsTheSameReportAsAFile() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        exporter.export(ReportFixtures.fullAssessment(), ReportFormat.PDF, out);
        assertThat(out.toByteArray()).startsWith("%PDF-".getBytes());
    }

    private List<String> listing() throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(p -> p.getFileName().toString()).toList();
        }
    }

    /**
     * Makes a file or folder unwritable. Permission bits do not stop root, which the build machine
     * runs as, so there the immutable flag is set as well.
     */
    private void lock(Path path) throws Exception {
        locked.add(path);
        Files.setPosixFilePermissions(path, PosixFilePermissions.fromString(Files.isDirectory(path) ? "r-x------" : "r--------"));
        if (isRoot()) {
            new ProcessBuilder("chattr", "+i", path.toString()).inheritIO().start().waitFor();
        }
        assumeFalse(Files.isWritable(path), "this file system cannot make " + path + " read-only");
    }

    private static boolean isRoot() {
        return "root".equals(System.getProperty("user.name"));
    }
}
