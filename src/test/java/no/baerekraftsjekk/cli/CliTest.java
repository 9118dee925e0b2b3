package no.baerekraftsjekk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import no.baerekraftsjekk.domain.Assessment;
import no.baerekraftsjekk.domain.Fixtures;
import no.baerekraftsjekk.domain.Status;
import no.baerekraftsjekk.domain.format.BkjReader;
import no.baerekraftsjekk.domain.format.BkjWriter;
import no.baerekraftsjekk.storage.SqliteLibrary;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CliTest {
    @TempDir
    Path folder;

    private String out;
    private String err;

    private int run(String... args) {
        CliRun run = CliRun.of(args);
        out = run.out();
        err = run.err();
        return run.code();
    }

    private Path file(String name, Assessment assessment) throws Exception {
        Path file = folder.resolve(name);
        Files.write(file, new BkjWriter().write(assessment));
        return file;
    }

    @Test
    void checkOfAValidFilePrintsTheSpecReportAndExitsZero() throws Exception {
        int code = run("check", file("full.bkj", Fixtures.fullAssessment()).toString());
        assertThat(code).isZero();
        JsonNode report = new ObjectMapper().readTree(out);
        assertThat(report.get("valid").asBoolean()).isTrue();
        assertThat(report.get("goals").get("assessed").asInt()).isEqualTo(17);
        assertThat(report.get("dimensions").has("ENVIRONMENT")).isTrue();
        assertThat(report.get("conflicts").isArray()).isTrue();
        assertThat(report.has("readyToComplete")).isTrue();
    }

    @Test
    void checkOfAnInvalidFilePrintsErrorsWithPathsAndANorwegianSummaryAndExitsTwo() throws Exception {
        Path bad = folder.resolve("bad.bkj");
        Files.writeString(bad, "{\"format\":\"baerekraftsjekk\",\"version\":1,\"case\":{\"title\":\"T\"},"
                + "\"goals\":[{\"goal\":18,\"relevance\":\"DIRECT\"}]}");
        assertThat(run("check", bad.toString())).isEqualTo(2);
        JsonNode report = new ObjectMapper().readTree(out);
        assertThat(report.get("valid").asBoolean()).isFalse();
        assertThat(report.get("errors").get(0).get("path").asText()).isEqualTo("goals[0].goal");
        assertThat(err.lines().count()).isEqualTo(1);
        assertThat(err).contains("ugyldig");
    }

    @Test
    void checkOfAFileWithThousandsOfFaultsCountsThemAllInItsSummary() throws Exception {
        StringBuilder conflicts = new StringBuilder();
        for (int i = 0; i < 250; i++) {
            conflicts.append(i == 0 ? "" : ",").append("{\"goals\":[2,1]}");
        }
        Path bad = folder.resolve("mange-feil.bkj");
        Files.writeString(bad, "{\"format\":\"baerekraftsjekk\",\"version\":1,\"case\":{\"title\":\"T\"},"
                + "\"goals\":[],\"conflicts\":[" + conflicts + "]}");

        assertThat(run("check", bad.toString())).isEqualTo(2);
        assertThat(new ObjectMapper().readTree(out).get("errors")).hasSize(101);
        assertThat(err).contains("(250 feil)");
    }

    @Test
    void checkOfAMissingFileSaysSoAndExitsTwo() {
        assertThat(run("check", folder.resolve("finnes-ikke.bkj").toString())).isEqualTo(2);
        assertThat(err).contains("Finner ikke filen");
    }

    @Test
    void importStoresValidFilesRefusesInvalidOnesWholeAndListShowsThem() throws Exception {
        Path db = folder.resolve("lib.sqlite");
        Path good = file("good.bkj", Fixtures.fullAssessment());
        Path bad = folder.resolve("bad.bkj");
        Files.writeString(bad, "not json");
        assertThat(run("import", good.toString(), bad.toString(), "--db", db.toString())).isEqualTo(2);
        assertThat(out.strip()).matches("\\d+");
        assertThat(err).contains("bad.bkj").contains("ikke gyldig JSON");
        assertThat(run("list", "--db", db.toString())).isZero();
        assertThat(out.lines()).hasSize(1).first().asString().contains("2026/1234\tNy barneskole på Nordbyhagen\tDRAFT");
    }

    @Test
    void importOfACompleteFileThatIsNotReadyStoresADraftWithAWarning() throws Exception {
        Path db = folder.resolve("lib.sqlite");
        Path file = file("complete.bkj", Assessment.newDraft("Uferdig").withStatus(Status.COMPLETE));
        assertThat(run("import", file.toString(), "--db", db.toString())).isZero();
        assertThat(err).contains("lagret som utkast");
        try (SqliteLibrary library = SqliteLibrary.open(db)) {
            assertThat(library.list().get(0).status()).isEqualTo(Status.DRAFT);
        }
    }

    @Test
    void exportBkjWritesAFileThatReadsBackEqual() throws Exception {
        Path db = folder.resolve("lib.sqlite");
        run("import", file("good.bkj", Fixtures.fullAssessment()).toString(), "--db", db.toString());
        String id = out.strip();
        Path target = folder.resolve("ut.bkj");
        assertThat(run("export-bkj", id, "--out", target.toString(), "--db", db.toString())).isZero();
        assertThat(new BkjReader().read(target).assessment()).isEqualTo(Fixtures.fullAssessment());
    }

    @Test
    void exportBkjOfAnUnknownIdFailsWithANorwegianMessage() {
        assertThat(run("export-bkj", "99", "--out", folder.resolve("x.bkj").toString(), "--db", folder.resolve("l.sqlite").toString()))
                .isEqualTo(1);
        assertThat(err).contains("Finner ikke vurdering nr. 99");
        assertThat(folder.resolve("x.bkj")).doesNotExist();
    }

    @Test
    void helpIsNorwegianAndDocumentsTheExitCodes() {
        assertThat(run("--help")).isZero();
        assertThat(out).contains("Kommandoer:").contains("check").contains("import").contains("Avslutningskoder")
                .contains("Ugyldig eller uleselig vurderingsfil");
        assertThat(run("check", "--help")).isZero();
        assertThat(out).contains("Kontrollerer en vurderingsfil");
    }

    @Test
    void versionIsPrinted() {
        assertThat(run("--version")).isZero();
        assertThat(out).startsWith("Bærekraftsjekk ");
    }

    @Test
    void anUnknownCommandIsAWrongUseWithExitTwo() {
        assertThat(run("frobnicate")).isEqualTo(2);
        assertThat(err).contains("Ukjent kommando eller valg: frobnicate");
    }

    @Test
    void exportWritesAPdfAndAWordReportFromAFileOrFromTheLibrary() throws Exception {
        Path source = file("full.bkj", Fixtures.fullAssessment());
        Path pdf = folder.resolve("rapport.pdf");
        assertThat(run("export", source.toString(), "--format", "pdf", "--out", pdf.toString())).isZero();
        assertThat(Files.readAllBytes(pdf)).startsWith("%PDF-".getBytes(StandardCharsets.US_ASCII));

        Path db = folder.resolve("lib.sqlite");
        run("import", source.toString(), "--db", db.toString());
        String id = out.strip();
        assertThat(run("export", id, "--format", "DOCX", "--out", folder.toString(), "--db", db.toString())).isZero();
        Path docx = Path.of(out.strip());
        assertThat(docx.getFileName().toString()).isEqualTo("2026-1234 Ny barneskole på Nordbyhagen - baerekraftsvurdering.docx");
        assertThat(Files.readAllBytes(docx)).startsWith(new byte[] {'P', 'K'});
    }

    @Test
    void exportRefusesAnUnknownFormatAndAnUnknownSourceInNorwegian() {
        assertThat(run("export", "1", "--format", "rtf", "--out", folder.toString())).isEqualTo(2);
        assertThat(err).startsWith("«rtf» er ikke et rapportformat");
        assertThat(run("export", "ingen-slik-fil.bkj", "--format", "pdf", "--out", folder.toString())).isEqualTo(2);
        assertThat(err).contains("Finner verken filen eller en vurdering");
    }

    @Test
    void exportWritesTheShortVariantWhenAskedAndRefusesAnUnknownVariantInNorwegian() throws Exception {
        Path source = file("full.bkj", Fixtures.fullAssessment());
        Path full = folder.resolve("full.pdf");
        Path kort = folder.resolve("kort.pdf");
        assertThat(run("export", source.toString(), "--format", "pdf", "--out", full.toString())).isZero();
        assertThat(run("export", source.toString(), "--format", "pdf", "--variant", "KORT", "--out", kort.toString())).isZero();
        try (var fullReader = new org.openpdf.text.pdf.PdfReader(Files.readAllBytes(full));
                var kortReader = new org.openpdf.text.pdf.PdfReader(Files.readAllBytes(kort))) {
            assertThat(kortReader.getNumberOfPages()).isBetween(1, 3).isLessThan(fullReader.getNumberOfPages());
            String kortText = new org.openpdf.text.pdf.parser.PdfTextExtractor(kortReader).getTextFromPage(1);
            assertThat(kortText).contains("Konklusjon");
        }
        assertThat(run("export", source.toString(), "--format", "pdf", "--variant", "lang", "--out", kort.toString())).isEqualTo(2);
        assertThat(err).contains("«lang» er ikke en rapportvariant. Bruk kort eller full.");
    }

    @Test
    void exportWritesTheReportInTheLanguageAskedForAndNamesItSo() throws Exception {
        Path source = file("full.bkj", Fixtures.fullAssessment());
        assertThat(run("export", source.toString(), "--format", "docx", "--out", folder.toString(), "--language", "nn")).isZero();
        Path docx = Path.of(out.strip());
        assertThat(docx.getFileName().toString()).isEqualTo("2026-1234 Ny barneskole på Nordbyhagen - berekraftsvurdering.docx");
        try (var document = new org.apache.poi.xwpf.usermodel.XWPFDocument(Files.newInputStream(docx))) {
            assertThat(document.getProperties().getCoreProperties().getUnderlyingProperties().getLanguageProperty()).contains("nn-NO");
        }
    }

    @Test
    void exportRefusesAnUnknownLanguageInNorwegian() {
        assertThat(run("export", "1", "--format", "pdf", "--out", folder.toString(), "--language", "sv")).isEqualTo(2);
        assertThat(err).startsWith("«sv» er ikke et språk rapporten kan skrives på");
    }
}
