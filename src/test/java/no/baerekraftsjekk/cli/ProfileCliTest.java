package no.baerekraftsjekk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import no.baerekraftsjekk.domain.Dimension;
import no.baerekraftsjekk.domain.analysis.AssessmentAnalyzer;
import no.baerekraftsjekk.domain.analysis.MappingSource;
import no.baerekraftsjekk.domain.format.BkjWriter;
import no.baerekraftsjekk.domain.profile.CouncilProfile;
import no.baerekraftsjekk.domain.profile.ProfileFiles;
import no.baerekraftsjekk.domain.profile.ProfileReader;
import no.baerekraftsjekk.domain.profile.ProfileSource;
import no.baerekraftsjekk.domain.text.Language;
import no.baerekraftsjekk.report.ExampleProfile;
import no.baerekraftsjekk.storage.SqliteLibrary;
import no.baerekraftsjekk.usecase.CouncilProfileInUse;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line's reports with the council's profile: its local goals, its template and its language. */
class ProfileCliTest {
    @TempDir
    Path folder;

    private int export(CouncilProfile profile, String... args) {
        ByteArrayOutputStream sink = new ByteArrayOutputStream();
        return Cli.run(args, new PrintStream(sink, true, StandardCharsets.UTF_8), new PrintStream(sink, true, StandardCharsets.UTF_8),
                AssessmentAnalyzer.standard(), SqliteLibrary::open, profile);
    }

    @Test
    void anExportedReportHasTheLocalGoalsAndTheCouncilsLanguage() throws Exception {
        CouncilProfile example = ExampleProfile.read(folder.resolve("profil"));
        CouncilProfile nynorsk = new CouncilProfile(example.organisation(), example.logo(), example.localGoals(), example.units(),
                example.committees(), example.exemptionBases(), Optional.of(Language.NN), example.wordTemplate(), example.dimensions());
        Path bkj = Files.write(folder.resolve("hall.bkj"), new BkjWriter().write(ExampleProfile.handWorkedCase()));
        Path docx = folder.resolve("hall.docx");

        assertThat(export(nynorsk, "export", bkj.toString(), "--format", "docx", "--out", docx.toString())).isZero();

        try (XWPFDocument document = new XWPFDocument(Files.newInputStream(docx));
                XWPFWordExtractor text = new XWPFWordExtractor(document)) {
            assertThat(text.getText()).contains("Måla i kommuneplanen", "KP-6 Trygge skoleveier", "Rådhusgata 1");
        }
    }

    @Test
    void theProfilesMappingComesFirstAndTheOldFileIsStillRead() throws Exception {
        Path data = folder.resolve("data");
        ProfileFiles.write(data, MappingSource.FILE_NAME, ProfileFiles.mapping());
        // No profile: the data folder's old mapping file, which moves goal 7 to the economy.
        assertThat(CouncilProfileInUse.analyzer(ProfileSource.builtIn(), data).mapping().dimensionOf(7)).contains(Dimension.ECONOMIC);
        // A profile with a mapping of its own (the default grouping): that one.
        ProfileFiles.write(data.resolve("profil"), "standard.tsv",
                new String(getClass().getResourceAsStream("/reference/goals.tsv").readAllBytes(), StandardCharsets.UTF_8));
        Path file = ProfileFiles.write(data.resolve("profil"), ProfileReader.FILE_NAME, """
                {"format": "baerekraftsjekk-profil", "version": 1, "organisation": "X", "dimensionMapping": "standard.tsv"}
                """);
        ProfileSource source = ProfileSource.read(file, new ProfileReader());
        assertThat(source.isBroken()).isFalse();
        assertThat(CouncilProfileInUse.analyzer(source, data).mapping().dimensionOf(7)).contains(Dimension.SOCIAL);
    }

    private String lastOut;
    private String lastErr;

    private int run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = Cli.run(args, new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8),
                AssessmentAnalyzer.standard(), SqliteLibrary::open);
        lastOut = out.toString(StandardCharsets.UTF_8);
        lastErr = err.toString(StandardCharsets.UTF_8);
        return code;
    }

    @Test
    void theExampleIsWrittenOutAndChecksAsInOrder() {
        Path target = folder.resolve("min-profil");
        assertThat(run("profile", "--example", target.toString())).isZero();
        assertThat(target.resolve("mal.dotx")).exists();
        assertThat(run("profile", target.resolve("profil.json").toString())).isZero();
        assertThat(lastOut).contains("er i orden: Eksempel kommune, 11 mål i kommuneplanen, 5 enheter, 2 utvalg, 4 hjemler for unntak");
        // Never over what is there.
        assertThat(run("profile", "--example", target.toString())).isEqualTo(ExitCode.FAILED);
        assertThat(lastErr).contains("finnes allerede");
    }

    @Test
    void aBrokenProfileIsRefusedWithEveryFaultAndExitTwo() throws Exception {
        Path file = ProfileFiles.write(folder, "profil.json", "{\n\"format\": \"baerekraftsjekk-profil\",\n\"version\": 1,\n\"organisation\": \"X\",\n\"units\": [3]\n}");
        assertThat(run("profile", file.toString())).isEqualTo(ExitCode.INVALID_INPUT);
        assertThat(lastErr).contains("kan ikke brukes", "Linje 5 (units[0]): Her skal det stå en tekst i anførselstegn.");
    }
}
