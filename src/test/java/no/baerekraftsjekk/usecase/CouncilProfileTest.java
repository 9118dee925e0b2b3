package no.baerekraftsjekk.usecase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Optional;
import no.baerekraftsjekk.domain.profile.CouncilProfile;
import no.baerekraftsjekk.domain.profile.InvalidProfileException;
import no.baerekraftsjekk.domain.profile.LogoFormat;
import no.baerekraftsjekk.domain.profile.ProfileFiles;
import no.baerekraftsjekk.domain.profile.ProfileReader;
import no.baerekraftsjekk.domain.profile.ProfileSource;
import no.baerekraftsjekk.domain.text.Language;
import no.baerekraftsjekk.storage.LibraryException;
import no.baerekraftsjekk.storage.council.CouncilPeople;
import no.baerekraftsjekk.storage.council.CouncilProfiles;
import no.baerekraftsjekk.storage.council.CouncilTestServer;
import no.baerekraftsjekk.storage.council.LibraryRole;
import no.baerekraftsjekk.storage.council.PostgresLibrary;
import no.baerekraftsjekk.ui.Words;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * The council's profile in the council library, on a real PostgreSQL: an administrator puts it
 * there, every user reads back exactly what was put, and the database itself refuses anyone else.
 */
@Tag("postgres")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CouncilProfileTest {
    @TempDir
    Path folder;

    private CouncilPeople people;

    @BeforeAll
    void council() {
        people = new CouncilPeople(CouncilTestServer.newLibrary("profile"))
                .add("kari", "Kari Nordmann", LibraryRole.CASEWORKER, "Helse")
                .add("rita", "Rita Leser", LibraryRole.READER)
                .add("adam", "Adam Admin", LibraryRole.ADMINISTRATOR);
    }

    /** Every field of the format, a PNG logo, a Word template in a subfolder and a mapping file. */
    private Path fullProfile(Path at) throws IOException {
        ProfileFiles.write(at, ProfileReader.FILE_NAME,
                ProfileFiles.full("logo.png").replace("\"language\": \"nn\",", "\"language\": \"nn\",\n  \"wordTemplate\": \"maler/mal.dotx\","));
        ProfileFiles.png(at, "logo.png");
        ProfileFiles.write(at, "dimensjoner.tsv", ProfileFiles.mapping());
        Files.createDirectories(at.resolve("maler"));
        try (InputStream template = getClass().getResourceAsStream("/profile/eksempel/mal.dotx")) {
            Files.copy(template, at.resolve("maler/mal.dotx"));
        }
        return at;
    }

    private static final String BROKEN = """
            {
              "format": "baerekraftsjekk-profil",
              "version": 1,
              "organisation": "Eksempel kommune",
              "committees": ["Formannskapet", 12]
            }
            """;

    @Test
    void whatAnAdministratorPutsEveryUserReadsBackFieldByFieldAndByteByByte() throws Exception {
        Path original = fullProfile(folder.resolve("it"));
        CouncilProfile expected = new ProfileReader().read(original.resolve(ProfileReader.FILE_NAME));
        try (PostgresLibrary adam = people.library("adam")) {
            CouncilProfileAdmin.Put put = new CouncilProfileAdmin(new CouncilProfiles(adam)).put(original);
            assertThat(put.files().files().keySet()).containsExactly("dimensjoner.tsv", "logo.png", "maler/mal.dotx");
        }
        for (String who : new String[] {"kari", "rita"}) {
            Path data = folder.resolve("data-" + who);
            ProfileSource source;
            try (PostgresLibrary library = people.library(who)) {
                source = CouncilProfileInUse.fromCouncil(new CouncilProfiles(library), library.describe(), data, ProfileSource.builtIn());
            }
            assertThat(source.problem()).as(who).isEmpty();
            assertThat(source.isCouncils()).isTrue();
            assertThat(source.council().orElseThrow().stored().orElseThrow().storedBy()).isEqualTo(people.login("adam"));
            CouncilProfile read = source.profile();
            assertThat(read.organisation()).isEqualTo(expected.organisation()).isEqualTo("Eksempel kommune");
            assertThat(read.localGoals()).isEqualTo(expected.localGoals()).hasSize(2);
            assertThat(read.units()).isEqualTo(expected.units());
            assertThat(read.committees()).isEqualTo(expected.committees());
            assertThat(read.exemptionBases()).isEqualTo(expected.exemptionBases());
            assertThat(read.reportLanguage()).contains(Language.NN);
            assertThat(read.dimensions().orElseThrow().goalsByDimension()).isEqualTo(expected.dimensions().orElseThrow().goalsByDimension());
            assertThat(read.logo().orElseThrow().format()).isEqualTo(LogoFormat.PNG);
            assertThat(Files.readAllBytes(read.logo().orElseThrow().file())).isEqualTo(Files.readAllBytes(original.resolve("logo.png")));
            assertThat(Files.readAllBytes(read.wordTemplate().orElseThrow()))
                    .isEqualTo(Files.readAllBytes(original.resolve("maler/mal.dotx")));
            // The copy is on this machine, for the next start and for the reports.
            assertThat(read.logo().orElseThrow().file()).startsWith(data.resolve(CouncilProfileCopy.FOLDER));
            assertThat(Files.readString(source.file().orElseThrow())).isEqualTo(Files.readString(original.resolve(ProfileReader.FILE_NAME)));
        }
    }

    @Test
    void aCaseworkerCannotChangeTheProfileTheDatabaseRefusesEvenAPlainConnection() throws Exception {
        Path original = fullProfile(folder.resolve("kari-tries"));
        String before = storedDigest();
        try (PostgresLibrary kari = people.library("kari")) {
            assertThatThrownBy(() -> new CouncilProfileAdmin(new CouncilProfiles(kari)).put(original))
                    .isInstanceOfSatisfying(LibraryException.class, e -> assertThat(Words.TEXTS.explain(e))
                            .startsWith("Bare en administrator for kommunebiblioteket").contains("kommunens profil"));
            assertThatThrownBy(() -> new CouncilProfiles(kari).remove()).isInstanceOf(LibraryException.class);
        }
        try (Connection kari = people.jdbc("kari")) {
            for (String sql : new String[] {"UPDATE council_profile SET profile = '{}'", "DELETE FROM council_profile_file",
                    "INSERT INTO council_profile_file (name, content) VALUES ('x.png', '\\x00')", "DELETE FROM council_profile"}) {
                assertThatThrownBy(() -> execute(kari, sql)).as(sql)
                        .isInstanceOfSatisfying(SQLException.class, e -> assertThat(e.getSQLState()).isEqualTo("42501"));
            }
            assertThat(count(kari, "SELECT count(*) FROM council_profile")).isEqualTo(before == null ? 0 : 1);
        }
        // A right granted too widely by hand still changes nothing: row security and the trigger say no.
        try (Connection it = people.superuser()) {
            execute(it, "GRANT INSERT, UPDATE, DELETE ON council_profile, council_profile_file TO " + people.login("kari"));
        }
        try (Connection kari = people.jdbc("kari")) {
            assertThat(kari.createStatement().executeUpdate("UPDATE council_profile SET digest = repeat('0', 64)")).isZero();
            assertThat(kari.createStatement().executeUpdate("DELETE FROM council_profile_file")).isZero();
            assertThatThrownBy(() -> execute(kari, "INSERT INTO council_profile_file (name, content) VALUES ('y.png', '\\x00')"))
                    .isInstanceOfSatisfying(SQLException.class, e -> assertThat(e.getSQLState()).isEqualTo("BK016"));
        } finally {
            try (Connection it = people.superuser()) {
                execute(it, "REVOKE INSERT, UPDATE, DELETE ON council_profile, council_profile_file FROM " + people.login("kari"));
            }
        }
        assertThat(storedDigest()).isEqualTo(before);
    }

    @Test
    void aBrokenProfileIsRefusedWithItsLineAndFieldAndNothingIsStored() throws Exception {
        Path broken = folder.resolve("broken");
        ProfileFiles.write(broken, ProfileReader.FILE_NAME, BROKEN);
        String before = storedDigest();
        long auditBefore;
        try (Connection it = people.superuser()) {
            auditBefore = count(it, "SELECT count(*) FROM audit_event WHERE action = 'PROFILE_CHANGED'");
        }
        try (PostgresLibrary adam = people.library("adam")) {
            assertThatThrownBy(() -> new CouncilProfileAdmin(new CouncilProfiles(adam)).put(broken))
                    .isInstanceOfSatisfying(InvalidProfileException.class, e -> assertThat(Words.TEXTS.explain(e))
                            .contains("Linje 5 (committees[1]): Her skal det stå en tekst i anførselstegn."));
            // A logo named but missing: said by its field, as at start.
            Path noLogo = folder.resolve("no-logo");
            ProfileFiles.write(noLogo, ProfileReader.FILE_NAME, ProfileFiles.full("mangler.png").replace("\"dimensionMapping\": \"dimensjoner.tsv\",", ""));
            assertThatThrownBy(() -> new CouncilProfileAdmin(new CouncilProfiles(adam)).put(noLogo))
                    .isInstanceOfSatisfying(InvalidProfileException.class, e -> assertThat(Words.TEXTS.explain(e)).contains("(logo)"));
            assertThatThrownBy(() -> new CouncilProfileAdmin(new CouncilProfiles(adam)).put(folder.resolve("finnes-ikke")))
                    .isInstanceOf(InvalidProfileException.class);
        }
        assertThat(storedDigest()).isEqualTo(before);
        try (Connection it = people.superuser()) {
            assertThat(count(it, "SELECT count(*) FROM audit_event WHERE action = 'PROFILE_CHANGED'")).isEqualTo(auditBefore);
        }
    }

    @Test
    void fileNamesThatLeadOutOfTheProfilesFolderAreStoredByTheirOwnNameAndStillRead() throws Exception {
        Path shared = folder.resolve("felles");
        ProfileFiles.write(shared, "logo.svg", ProfileFiles.SVG);
        Path profile = folder.resolve("profil-mappe");
        ProfileFiles.write(profile, ProfileReader.FILE_NAME, ProfileFiles.full("../felles/logo.svg")
                .replace("\"dimensionMapping\": \"dimensjoner.tsv\",", ""));
        var packed = PackProfile.pack(profile.resolve(ProfileReader.FILE_NAME), new ProfileReader());
        assertThat(packed.files().keySet()).containsExactly("logo.svg");
        assertThat(packed.profileText()).contains("\"logo\" : \"logo.svg\"").doesNotContain("..");
        Path unpacked = PackProfile.unpack(packed, folder.resolve("ut"));
        assertThat(new ProfileReader().read(unpacked).logo().orElseThrow().format()).isEqualTo(LogoFormat.SVG);
    }

    @Test
    void anAdministratorsPutIsStampedByTheDatabaseAndAudited() throws Exception {
        Path original = fullProfile(folder.resolve("stamp"));
        try (PostgresLibrary adam = people.library("adam")) {
            new CouncilProfileAdmin(new CouncilProfiles(adam)).put(original);
            Optional<CouncilProfiles.Summary> summary = new CouncilProfiles(adam).summary();
            assertThat(summary.orElseThrow().stamp().storedBy()).isEqualTo(people.login("adam"));
        }
        try (Connection it = people.superuser();
                Statement query = it.createStatement();
                ResultSet row = query.executeQuery("SELECT login, detail FROM audit_event WHERE action = 'PROFILE_CHANGED' ORDER BY id DESC LIMIT 1")) {
            assertThat(row.next()).isTrue();
            assertThat(row.getString(1)).isEqualTo(people.login("adam"));
            assertThat(row.getString(2)).startsWith("sha256 ");
        }
    }

    private String storedDigest() throws SQLException {
        try (Connection it = people.superuser(); Statement query = it.createStatement();
                ResultSet row = query.executeQuery("SELECT digest FROM council_profile")) {
            return row.next() ? row.getString(1) : null;
        }
    }

    private static long count(Connection db, String sql) throws SQLException {
        try (Statement query = db.createStatement(); ResultSet row = query.executeQuery(sql)) {
            row.next();
            return row.getLong(1);
        }
    }

    private static void execute(Connection db, String sql) throws SQLException {
        try (Statement statement = db.createStatement()) {
            statement.execute(sql);
        }
    }
}
