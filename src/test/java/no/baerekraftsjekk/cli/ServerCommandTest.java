package no.baerekraftsjekk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import no.baerekraftsjekk.domain.Assessment;
import no.baerekraftsjekk.domain.Fixtures;
import no.baerekraftsjekk.storage.AssessmentSummary;
import no.baerekraftsjekk.storage.SqliteLibrary;
import no.baerekraftsjekk.storage.council.CouncilConnector;
import no.baerekraftsjekk.storage.council.CouncilServer;
import no.baerekraftsjekk.storage.council.CouncilTestServer;
import no.baerekraftsjekk.storage.council.PostgresLibrary;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@Tag("postgres")
class ServerCommandTest {
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

    @Test
    void initCreatesTheSchemaThenSaysItIsCurrentAndWritesAConnectionFileWithoutPassword() throws Exception {
        CouncilServer empty = CouncilTestServer.emptyDatabase("init");
        Path config = folder.resolve("kommunebibliotek.properties");

        assertThat(run("server", "init", "--url", empty.url(), "--write-config", config.toString())).as(err).isZero();
        assertThat(out).contains("Kommunebiblioteket er opprettet på").contains("versjon " + no.baerekraftsjekk.storage.council.CouncilSchema.VERSION).contains("Tilkoblingsfilen er skrevet");
        assertThat(Files.readString(config)).contains("url=" + empty.url()).doesNotContainIgnoringCase("password=");

        assertThat(run("server", "init", "--config", config.toString())).as(err).isZero();
        assertThat(out).contains("allerede oppdatert (versjon " + no.baerekraftsjekk.storage.council.CouncilSchema.VERSION + ")");
        PostgresLibrary.open(new CouncilConnector(CouncilServer.read(config))).close();
    }

    @Test
    void initOnAnUnreachableServerSaysSoAndFails() {
        assertThat(run("server", "init", "--url", "jdbc:postgresql://127.0.0.1:1/ingen")).isEqualTo(ExitCode.FAILED);
        assertThat(err).contains("Får ikke kontakt med kommunebiblioteket jdbc:postgresql://127.0.0.1:1/ingen");
    }

    @Test
    void aConnectionFileWithAPasswordIsRefused() throws Exception {
        Path config = Files.writeString(folder.resolve("k.properties"), "url=jdbc:postgresql://db/x\npassword=hemmelig\n");
        assertThat(run("server", "init", "--config", config.toString())).isEqualTo(ExitCode.FAILED);
        assertThat(err).contains("inneholder et passord").doesNotContain("hemmelig");
    }

    @Test
    void importLibraryCopiesEveryAssessmentKeepingIdsAndLeavesTheLocalFileAlone() throws Exception {
        CouncilServer council = CouncilTestServer.newLibrary("import");
        Path localFile = folder.resolve("bibliotek.sqlite");
        long full;
        long second;
        long binned;
        try (SqliteLibrary local = SqliteLibrary.open(localFile)) {
            full = local.create(Fixtures.fullAssessment()).id();
            second = local.create(Assessment.newDraft("Gang- og sykkelvei langs Ørsta")).id();
            binned = local.create(Assessment.newDraft("I papirkurven")).id();
            local.delete(binned);
        }
        byte[] before = Files.readAllBytes(localFile);

        assertThat(run("server", "import-library", "--from", localFile.toString(), "--url", council.url())).as(err).isZero();
        assertThat(out).contains("2 vurderinger kopiert");
        assertThat(Files.readAllBytes(localFile)).isEqualTo(before);
        try (PostgresLibrary target = PostgresLibrary.open(new CouncilConnector(council), "it", Clock.systemUTC())) {
            assertThat(target.list()).extracting(AssessmentSummary::id).containsExactlyInAnyOrder(full, second);
            assertThat(target.find(full).orElseThrow().assessment()).isEqualTo(Fixtures.fullAssessment());
        }

        assertThat(run("server", "import-library", "--from", localFile.toString(), "--url", council.url())).as(err).isZero();
        assertThat(out).contains("0 vurderinger kopiert").contains("2 fantes allerede");
    }

    @Test
    void importLibraryGivesANewNumberWhenTheCouncilLibraryUsesTheId() throws Exception {
        CouncilServer council = CouncilTestServer.newLibrary("renumber");
        try (PostgresLibrary target = PostgresLibrary.open(new CouncilConnector(council), "it", Clock.systemUTC())) {
            target.create(Assessment.newDraft("Kollegas vurdering"));
        }
        Path localFile = folder.resolve("bibliotek.sqlite");
        try (SqliteLibrary local = SqliteLibrary.open(localFile)) {
            local.create(Assessment.newDraft("Min vurdering"));
        }
        assertThat(run("server", "import-library", "--from", localFile.toString(), "--url", council.url())).as(err).isZero();
        assertThat(out).contains("«Min vurdering» har fått nr. 2 i kommunebiblioteket, fordi nr. 1 var i bruk");
    }

    @Test
    void importLibraryOfAMissingFileIsWrongUse() {
        assertThat(run("server", "import-library", "--from", folder.resolve("nei.sqlite").toString(), "--url", "jdbc:postgresql://x/y"))
                .isEqualTo(ExitCode.INVALID_INPUT);
        assertThat(err).contains("Finner ikke biblioteket");
    }
}
