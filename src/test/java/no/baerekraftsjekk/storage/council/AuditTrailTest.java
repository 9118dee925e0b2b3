package no.baerekraftsjekk.storage.council;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import no.baerekraftsjekk.domain.Status;
import no.baerekraftsjekk.storage.StoredAssessment;
import no.baerekraftsjekk.usecase.ExportAssessmentFile;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every open and export of an exempt assessment is in the audit trail, with who and when. */
@Tag("postgres")
class AuditTrailTest {
    @TempDir
    Path folder;

    private CouncilPeople people;

    @BeforeEach
    void council() {
        people = new CouncilPeople(CouncilTestServer.newLibrary("audit"))
                .add("kari", "Kari Nordmann", LibraryRole.CASEWORKER, "Helse")
                .add("lena", "Lena Leder", LibraryRole.LEADER, "Helse")
                .add("adam", "Adam Admin", LibraryRole.ADMINISTRATOR);
    }

    record Row(Instant at, String login, String action, long assessment, String detail) {
    }

    /** Read as the administrator, with plain JDBC. */
    private List<Row> audit() throws Exception {
        List<Row> rows = new ArrayList<>();
        try (Connection db = people.jdbc("adam"); Statement query = db.createStatement();
                ResultSet row = query.executeQuery("SELECT at, login, action, assessment_id, detail FROM audit_event "
                        + "WHERE assessment_id IS NOT NULL ORDER BY id")) {
            while (row.next()) {
                rows.add(new Row(row.getObject(1, OffsetDateTime.class).toInstant(), row.getString(2), row.getString(3),
                        row.getLong(4), row.getString(5)));
            }
        }
        return rows;
    }

    @Test
    void everyOpenExportAndChangeOfAnExemptAssessmentIsThereWithWhoAndWhenAndNothingOfOthers() throws Exception {
        Instant before = Instant.now().minusSeconds(60);
        long exempt;
        long open;
        try (PostgresLibrary kari = people.library("kari")) {
            StoredAssessment made = kari.create(CouncilPeople.assessment("Barnevern", "Helse", "Offl. § 13", Status.DRAFT));
            exempt = made.id();
            open = kari.create(CouncilPeople.assessment("Sykkelvei", "Helse", null, Status.DRAFT)).id();
            kari.save(exempt, 1, made.assessment().withConclusion("Endret"));
            kari.find(exempt);
            kari.find(open);
            new ExportAssessmentFile(kari, no.baerekraftsjekk.domain.text.Texts.of(no.baerekraftsjekk.domain.text.Language.BASE)).export(exempt, "Barnevern", folder.resolve("barnevern.bkj"));
            new ExportAssessmentFile(kari, no.baerekraftsjekk.domain.text.Texts.of(no.baerekraftsjekk.domain.text.Language.BASE)).export(open, "Sykkelvei", folder.resolve("sykkelvei.bkj"));
        }
        try (PostgresLibrary lena = people.library("lena")) {
            lena.find(exempt);
            lena.recordExport(exempt, "pdf: barnevern.pdf");
            lena.version(exempt, 1);
        }

        List<Row> rows = audit();
        String kari = people.login("kari");
        String lena = people.login("lena");
        assertThat(rows).extracting(Row::login, Row::action, Row::assessment).containsExactly(
                org.assertj.core.groups.Tuple.tuple(kari, "CREATED", exempt),
                org.assertj.core.groups.Tuple.tuple(kari, "CHANGED", exempt),
                org.assertj.core.groups.Tuple.tuple(kari, "OPENED", exempt),
                // Exporting the file reads it from the library first.
                org.assertj.core.groups.Tuple.tuple(kari, "OPENED", exempt),
                org.assertj.core.groups.Tuple.tuple(kari, "EXPORTED", exempt),
                org.assertj.core.groups.Tuple.tuple(lena, "OPENED", exempt),
                org.assertj.core.groups.Tuple.tuple(lena, "EXPORTED", exempt),
                org.assertj.core.groups.Tuple.tuple(lena, "OPENED", exempt));
        assertThat(rows).allSatisfy(r -> assertThat(r.at()).isAfter(before).isBefore(Instant.now().plusSeconds(60)));
        assertThat(rows.get(4).detail()).contains("barnevern.bkj");
        assertThat(rows.get(7).detail()).isEqualTo("version 1");
        assertThat(open).isNotEqualTo(exempt);
    }

    @Test
    void aClientCannotWriteAnotherUsersNameOrAnotherTimeIntoTheAuditNorLogWhatItCannotSee() throws Exception {
        long exempt;
        try (PostgresLibrary kari = people.library("kari")) {
            exempt = kari.create(CouncilPeople.assessment("Barnevern", "Helse", "Offl. § 13", Status.DRAFT)).id();
        }
        try (Connection db = people.jdbc("kari"); Statement insert = db.createStatement()) {
            insert.execute("INSERT INTO audit_event (at, login, action, assessment_id, detail) VALUES "
                    + "('2000-01-01', 'lena', 'OPENED', " + exempt + ", 'forfalsket')");
        }
        try (Connection db = people.jdbc("adam"); Statement insert = db.createStatement()) {
            assertThat(insert.executeUpdate("INSERT INTO audit_event (action, assessment_id) SELECT 'OPENED', id FROM assessment WHERE id = " + exempt))
                    .as("the administrator cannot see the exempt assessment, so cannot log opening it").isZero();
        }
        Row forged = audit().stream().filter(r -> r.detail().equals("forfalsket")).findFirst().orElseThrow();
        assertThat(forged.login()).isEqualTo(people.login("kari"));
        assertThat(forged.at()).isAfter(Instant.now().minusSeconds(600));
    }
}
