package no.baerekraftsjekk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import no.baerekraftsjekk.domain.Assessment;
import no.baerekraftsjekk.domain.Fixtures;
import no.baerekraftsjekk.domain.analysis.AssessmentAnalyzer;
import no.baerekraftsjekk.domain.format.BkjWriter;
import no.baerekraftsjekk.domain.text.Language;
import no.baerekraftsjekk.domain.text.Texts;
import no.baerekraftsjekk.report.ReportFormat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code export} with several sources: every report into one folder, in one process. */
class BatchExportTest {
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

    private static List<String> namesIn(Path dir) throws Exception {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void makesOneReportPerSourceFromFilesAndTheLibraryIntoANewFolder() throws Exception {
        Path full = file("full.bkj", Fixtures.fullAssessment());
        Path other = file("annen.bkj", Fixtures.fullAssessment().withCaseInfo(
                Fixtures.fullAssessment().caseInfo().withTitle("Ny idrettshall")));
        Path db = folder.resolve("lib.sqlite");
        run("import", other.toString(), "--db", db.toString());
        String id = out.strip();
        Path target = folder.resolve("rapporter").resolve("2026");

        int code = run("export", full.toString(), id, "--format", "pdf", "--out", target.toString(), "--db", db.toString());

        assertThat(code).as(err).isZero();
        assertThat(err).isEmpty();
        assertThat(namesIn(target)).containsExactly(
                "2026-1234 Ny barneskole på Nordbyhagen - baerekraftsvurdering.pdf",
                "2026-1234 Ny idrettshall - baerekraftsvurdering.pdf");
        assertThat(out.lines().map(Path::of).toList()).containsExactlyInAnyOrderElementsOf(
                namesIn(target).stream().map(target::resolve).toList());
        for (Path report : out.lines().map(Path::of).toList()) {
            assertThat(Files.readAllBytes(report)).startsWith("%PDF-".getBytes(StandardCharsets.US_ASCII));
        }
    }

    @Test
    void sourcesWithTheSameNameGetNumberedFilesAndNeverOverwriteEachOther() throws Exception {
        Path full = file("full.bkj", Fixtures.fullAssessment());

        assertThat(run("export", full.toString(), full.toString(), full.toString(), "--format", "docx",
                "--out", folder.resolve("ut").toString())).isZero();

        assertThat(namesIn(folder.resolve("ut"))).containsExactly(
                "2026-1234 Ny barneskole på Nordbyhagen - baerekraftsvurdering (2).docx",
                "2026-1234 Ny barneskole på Nordbyhagen - baerekraftsvurdering (3).docx",
                "2026-1234 Ny barneskole på Nordbyhagen - baerekraftsvurdering.docx");
    }

    @Test
    void anInvalidOrUnknownSourceIsNamedInNorwegianAndTheOthersAreStillMade() throws Exception {
        Path full = file("full.bkj", Fixtures.fullAssessment());
        Path broken = folder.resolve("ødelagt.bkj");
        Files.writeString(broken, "{ ikke json");

        int code = run("export", broken.toString(), full.toString(), "finnes-ikke.bkj", "--format", "pdf",
                "--out", folder.resolve("ut").toString());

        assertThat(code).isEqualTo(ExitCode.INVALID_INPUT);
        assertThat(namesIn(folder.resolve("ut"))).containsExactly("2026-1234 Ny barneskole på Nordbyhagen - baerekraftsvurdering.pdf");
        assertThat(err).contains("Filen " + broken + " er ugyldig")
                .contains("Finner verken filen eller en vurdering med id «finnes-ikke.bkj»")
                .contains("2 av 3 rapporter ble ikke laget");
        assertThat(out.lines().count()).isEqualTo(1);
    }

    @Test
    void anIdNotInTheLibraryFailsWithExitOneAfterMakingTheRest() throws Exception {
        Path full = file("full.bkj", Fixtures.fullAssessment());
        Path db = folder.resolve("lib.sqlite");
        run("import", full.toString(), "--db", db.toString());

        int code = run("export", "999", full.toString(), "--format", "pdf", "--out", folder.resolve("ut").toString(),
                "--db", db.toString());

        assertThat(code).isEqualTo(ExitCode.FAILED);
        assertThat(namesIn(folder.resolve("ut"))).hasSize(1);
        assertThat(err).contains("999");
    }

    @Test
    void refusesAnOutThatIsAFileAndWritesNothing() throws Exception {
        Path full = file("full.bkj", Fixtures.fullAssessment());
        Path existing = folder.resolve("rapport.pdf");
        Files.writeString(existing, "eldre innhold");

        int code = run("export", full.toString(), full.toString(), "--format", "pdf", "--out", existing.toString());

        assertThat(code).isEqualTo(ExitCode.INVALID_INPUT);
        assertThat(err).contains("må --out være en mappe");
        assertThat(Files.readString(existing)).isEqualTo("eldre innhold");
        assertThat(namesIn(folder)).containsExactly("full.bkj", "rapport.pdf");
    }

    @Test
    void oneSourceStillWritesToTheFileNamedByOut() throws Exception {
        Path full = file("full.bkj", Fixtures.fullAssessment());
        Path report = folder.resolve("min rapport.pdf");

        assertThat(run("export", full.toString(), "--format", "pdf", "--out", report.toString())).isZero();

        assertThat(out.strip()).isEqualTo(report.toString());
        assertThat(Files.readAllBytes(report)).startsWith("%PDF-".getBytes(StandardCharsets.US_ASCII));
    }

    @Test
    void numbersANameAgainOnlyWhenThisRunUsedItIgnoringCase() {
        BatchExport batch = new BatchExport(new CliContext(null, null, Texts.of(Language.BASE), null, AssessmentAnalyzer.standard(), null, null));
        assertThat(batch.unusedName("Sak - baerekraftsvurdering.pdf", ReportFormat.PDF)).isEqualTo("Sak - baerekraftsvurdering.pdf");
        assertThat(batch.unusedName("SAK - baerekraftsvurdering.pdf", ReportFormat.PDF)).isEqualTo("SAK - baerekraftsvurdering (2).pdf");
        assertThat(batch.unusedName("Sak - baerekraftsvurdering.pdf", ReportFormat.PDF)).isEqualTo("Sak - baerekraftsvurdering (3).pdf");
        assertThat(batch.unusedName("Annen - baerekraftsvurdering.pdf", ReportFormat.PDF)).isEqualTo("Annen - baerekraftsvurdering.pdf");
    }
}
