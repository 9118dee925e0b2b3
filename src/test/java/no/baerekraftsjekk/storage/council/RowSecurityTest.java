package no.baerekraftsjekk.storage.council;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.List;
import java.util.OptionalInt;
import no.baerekraftsjekk.domain.Assessment;
import no.baerekraftsjekk.domain.Review;
import no.baerekraftsjekk.domain.ReviewStatus;
import no.baerekraftsjekk.domain.ReviewStep;
import no.baerekraftsjekk.domain.Status;
import no.baerekraftsjekk.storage.LibraryException;
import no.baerekraftsjekk.storage.StoredAssessment;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * What PostgreSQL itself lets each role see and do, proved with plain JDBC connections as each
 * login, outside the program's code: anyone with the credentials could connect with another program.
 */
@Tag("postgres")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RowSecurityTest {
    private CouncilPeople people;
    private long exempt;
    private long draftInHelse;
    private long approved;
    private long completeInKultur;

    @BeforeAll
    void council() {
        people = new CouncilPeople(CouncilTestServer.newLibrary("rows"))
                .add("kari", "Kari Nordmann", LibraryRole.CASEWORKER, "Helse")
                .add("per", "Per Hansen", LibraryRole.CASEWORKER, "Helse")
                .add("ola", "Ola Berg", LibraryRole.CASEWORKER, "Kultur")
                .add("lena", "Lena Leder", LibraryRole.LEADER, "Helse")
                .add("lars", "Lars Leder", LibraryRole.LEADER, "Kultur")
                .add("rita", "Rita Leser", LibraryRole.READER)
                .add("adam", "Adam Admin", LibraryRole.ADMINISTRATOR);
        try (PostgresLibrary kari = people.library("kari"); PostgresLibrary ola = people.library("ola");
                PostgresLibrary lena = people.library("lena")) {
            StoredAssessment e = kari.create(CouncilPeople.assessment("Barnevernssak Hansen", "Helse", "Offl. § 13", Status.DRAFT));
            exempt = kari.save(e.id(), 1, e.assessment().withConclusion("Andre versjon")).id();
            draftInHelse = kari.create(CouncilPeople.assessment("Ny helsestasjon", "Helse", null, Status.DRAFT)).id();
            StoredAssessment c = kari.create(CouncilPeople.assessment("Sykkelvei", "Helse", null, Status.COMPLETE)
                    .withReview(new Review(ReviewStatus.REQUESTED, "", null, "")));
            Assessment approval = c.assessment().withReview(new Review(ReviewStatus.APPROVED, "Lena Leder", LocalDate.of(2026, 12, 2), ""));
            approved = lena.save(c.id(), c.version(), approval).id();
            completeInKultur = ola.create(CouncilPeople.assessment("Kulturhus", "Kultur", null, Status.COMPLETE)).id();
        }
    }

    @AfterAll
    void nothing() {
        // The database stays on the shared test server, which stops with the JVM.
    }

    @Test
    void aCaseworkerOfAnotherUnitReadsNoRowOfAnExemptAssessmentNorOfItsHistory() throws SQLException {
        try (Connection ola = people.jdbc("ola")) {
            assertThat(count(ola, "SELECT count(*) FROM assessment WHERE id = " + exempt)).isZero();
            assertThat(count(ola, "SELECT count(*) FROM assessment_history WHERE assessment_id = " + exempt)).isZero();
            // Only an exempt assessment whose owner named Ola (another test does) is there for Ola.
            assertThat(count(ola, "SELECT count(*) FROM assessment WHERE exempt AND NOT current_user = ANY (colleagues)")).isZero();
            assertThat(count(ola, "SELECT count(*) FROM assessment_history h JOIN assessment a ON a.id = h.assessment_id "
                    + "WHERE h.document->'case'->>'exemptionBasis' IS NOT NULL AND NOT current_user = ANY (a.colleagues)")).isZero();
            // The unit's draft is not theirs either; what is complete is.
            assertThat(count(ola, "SELECT count(*) FROM assessment WHERE id = " + draftInHelse)).isZero();
            assertThat(count(ola, "SELECT count(*) FROM assessment WHERE id = " + approved)).isOne();
        }
        try (Connection superuser = people.superuser()) {
            assertThat(count(superuser, "SELECT count(*) FROM assessment_history WHERE assessment_id = " + exempt)).isOne();
        }
    }

    @Test
    void anExemptAssessmentIsSeenByItsOwnerNamedColleaguesAndTheLeadersOfItsUnitOnly() throws SQLException {
        try (Connection kari = people.jdbc("kari"); Connection per = people.jdbc("per"); Connection lena = people.jdbc("lena");
                Connection lars = people.jdbc("lars"); Connection adam = people.jdbc("adam")) {
            assertThat(count(kari, "SELECT count(*) FROM assessment WHERE id = " + exempt)).isOne();
            assertThat(count(kari, "SELECT count(*) FROM assessment_history WHERE assessment_id = " + exempt)).isOne();
            assertThat(count(lena, "SELECT count(*) FROM assessment WHERE id = " + exempt)).isOne();
            assertThat(count(lena, "SELECT count(*) FROM assessment_history WHERE assessment_id = " + exempt)).isOne();
            assertThat(count(per, "SELECT count(*) FROM assessment WHERE id = " + exempt)).as("same unit, not named").isZero();
            assertThat(count(lars, "SELECT count(*) FROM assessment WHERE id = " + exempt)).as("leader of another unit").isZero();
            assertThat(count(adam, "SELECT count(*) FROM assessment WHERE id = " + exempt)).as("administrator").isZero();
            // Per sees the unit's draft that is not exempt.
            assertThat(count(per, "SELECT count(*) FROM assessment WHERE id = " + draftInHelse)).isOne();
        }
    }

    @Test
    void theOwnerNamesAColleagueWhoThenSeesTheExemptAssessmentAndNoOneElseCanNameOne() throws SQLException {
        long id;
        try (PostgresLibrary kari = people.library("kari")) {
            id = kari.create(CouncilPeople.assessment("Personalsak", "Helse", "Offl. § 25", Status.DRAFT)).id();
            kari.setColleagues(id, List.of(people.login("ola")));
        }
        try (Connection ola = people.jdbc("ola"); Connection per = people.jdbc("per")) {
            assertThat(count(ola, "SELECT count(*) FROM assessment WHERE id = " + id)).isOne();
            assertThat(count(per, "SELECT count(*) FROM assessment WHERE id = " + id)).isZero();
            // A named colleague cannot name another.
            assertThatThrownBy(() -> execute(ola, "UPDATE assessment SET colleagues = ARRAY['" + people.login("per") + "'] WHERE id = " + id))
                    .isInstanceOfSatisfying(SQLException.class, e -> assertThat(e.getSQLState()).isEqualTo("BK007"));
        }
    }

    @Test
    void aReaderSeesOnlyWhatIsCompleteApprovedAndNotExemptAndNoHistory() throws SQLException {
        try (Connection rita = people.jdbc("rita")) {
            assertThat(ids(rita, "SELECT id FROM assessment")).containsExactly(approved);
            assertThat(count(rita, "SELECT count(*) FROM assessment WHERE status = 'DRAFT' OR exempt")).isZero();
            // A reader has no right to the history or the comments at all.
            for (String table : List.of("assessment_history", "review_comment")) {
                assertThatThrownBy(() -> count(rita, "SELECT count(*) FROM " + table))
                        .isInstanceOfSatisfying(SQLException.class, e -> assertThat(e.getSQLState()).isEqualTo("42501"));
            }
            assertThatThrownBy(() -> execute(rita, "UPDATE assessment SET title = 'x'"))
                    .isInstanceOfSatisfying(SQLException.class, e -> assertThat(e.getSQLState()).isEqualTo("42501"));
            assertThatThrownBy(() -> execute(rita, "SELECT * FROM audit_event WHERE false"))
                    .as("a reader may not read the audit trail").isInstanceOf(SQLException.class);
        }
        assertThat(completeInKultur).isPositive();
    }

    @Test
    void noRoleOfTheProgramCanUpdateOrDeleteHistoryOrAuditRows() throws SQLException {
        long historyBefore;
        long auditBefore;
        try (Connection superuser = people.superuser()) {
            historyBefore = count(superuser, "SELECT count(*) FROM assessment_history");
            auditBefore = count(superuser, "SELECT count(*) FROM audit_event");
        }
        assertThat(auditBefore).as("adding users and changing an exempt assessment are audited").isPositive();
        for (String who : List.of("kari", "lena", "rita", "adam")) {
            try (Connection db = people.jdbc(who)) {
                for (String sql : List.of("UPDATE assessment_history SET changed_by = 'x'",
                        "UPDATE assessment_history SET document = '{}'::jsonb WHERE assessment_id = " + exempt,
                        "DELETE FROM assessment_history", "TRUNCATE assessment_history",
                        "INSERT INTO assessment_history (assessment_id, version, first_version, document, started_at, changed_at, changed_by) "
                                + "VALUES (" + draftInHelse + ", 99, 99, '{}', now(), now(), 'x')",
                        "UPDATE audit_event SET login = 'x'", "DELETE FROM audit_event", "TRUNCATE audit_event",
                        "UPDATE review_comment SET text = 'x'", "DELETE FROM review_comment")) {
                    assertThatThrownBy(() -> execute(db, sql)).as(who + ": " + sql).isInstanceOf(SQLException.class);
                }
            }
        }
        try (Connection superuser = people.superuser()) {
            assertThat(count(superuser, "SELECT count(*) FROM assessment_history")).isEqualTo(historyBefore);
            assertThat(count(superuser, "SELECT count(*) FROM audit_event")).isEqualTo(auditBefore);
            // Even the owner cannot rewrite the audit trail without first dropping its trigger.
            assertThatThrownBy(() -> execute(superuser, "DELETE FROM audit_event"))
                    .isInstanceOfSatisfying(SQLException.class, e -> assertThat(e.getSQLState()).isEqualTo("BK009"));
        }
    }

    @Test
    void noOneApprovesTheirOwnAssessmentEvenByWritingSql() throws SQLException {
        long lenasOwn;
        long karis;
        try (PostgresLibrary lena = people.library("lena"); PostgresLibrary kari = people.library("kari")) {
            lenasOwn = lena.create(CouncilPeople.assessment("Lenas egen", "Helse", null, Status.COMPLETE)).id();
            karis = kari.create(CouncilPeople.assessment("Karis", "Helse", null, Status.COMPLETE)).id();
        }
        String approve = "UPDATE assessment SET document = jsonb_set(document, '{review}', "
                + "'{\"status\":\"APPROVED\",\"reviewer\":\"%s\",\"date\":\"2026-12-02\"}'::jsonb) WHERE id = %d";
        try (Connection lena = people.jdbc("lena"); Connection kari = people.jdbc("kari")) {
            assertThatThrownBy(() -> execute(lena, approve.formatted("Lena Leder", lenasOwn)))
                    .isInstanceOfSatisfying(SQLException.class, e -> assertThat(e.getSQLState()).isEqualTo("BK001"));
            assertThatThrownBy(() -> execute(kari, approve.formatted("Kari Nordmann", karis)))
                    .as("a caseworker approves nothing").isInstanceOfSatisfying(SQLException.class, e -> assertThat(e.getSQLState()).isEqualTo("BK003"));
            assertThatThrownBy(() -> execute(kari, "UPDATE assessment SET approved_by = 'lena', authors = '{}' WHERE id = " + karis))
                    .isInstanceOfSatisfying(SQLException.class, e -> assertThat(e.getSQLState()).isEqualTo("BK006"));
            assertThatThrownBy(() -> execute(kari, "INSERT INTO assessment (title, case_number, case_type, unit, status, document, "
                    + "search_text, version, created_at, changed_at, changed_by) VALUES ('x', '', 'OTHER', 'Helse', 'COMPLETE', "
                    + "'{\"status\":\"COMPLETE\",\"case\":{\"title\":\"x\",\"unit\":\"Helse\"},\"review\":{\"status\":\"APPROVED\"}}', "
                    + "'x', 1, now(), now(), 'kari')"))
                    .as("nor arrives approved").isInstanceOfSatisfying(SQLException.class, e -> assertThat(e.getSQLState()).isEqualTo("BK005"));
            // Lena may approve Kari's, in Lena's own name only, and only when it is complete.
            assertThatThrownBy(() -> execute(lena, approve.formatted("Noen Annen", karis)))
                    .isInstanceOfSatisfying(SQLException.class, e -> assertThat(e.getSQLState()).isEqualTo("BK008"));
            execute(kari, "UPDATE assessment SET document = jsonb_set(document, '{status}', '\"DRAFT\"') WHERE id = " + karis);
            assertThatThrownBy(() -> execute(lena, approve.formatted("Lena Leder", karis)))
                    .isInstanceOfSatisfying(SQLException.class, e -> assertThat(e.getSQLState()).isEqualTo("BK002"));
            execute(kari, "UPDATE assessment SET document = jsonb_set(document, '{status}', '\"COMPLETE\"') WHERE id = " + karis);
            execute(lena, approve.formatted("Lena Leder", karis));
            try (ResultSet row = lena.createStatement().executeQuery("SELECT approved_by, approved_at IS NOT NULL FROM assessment WHERE id = " + karis)) {
                row.next();
                assertThat(row.getString(1)).isEqualTo(people.login("lena"));
                assertThat(row.getBoolean(2)).isTrue();
            }
            // A change that keeps the approval is refused; one that withdraws it (a draft asking again) is not.
            assertThatThrownBy(() -> execute(kari, "UPDATE assessment SET document = jsonb_set(document, '{conclusion}', '\"endret\"') WHERE id = " + karis))
                    .isInstanceOfSatisfying(SQLException.class, e -> assertThat(e.getSQLState()).isEqualTo("BK004"));
            execute(kari, "UPDATE assessment SET document = jsonb_set(jsonb_set(document, '{conclusion}', '\"endret\"'), "
                    + "'{review,status}', '\"REQUESTED\"') WHERE id = " + karis);
            assertThat(count(kari, "SELECT count(*) FROM assessment WHERE approved_by IS NULL AND id = " + karis)).isOne();
        }
    }

    @Test
    void theProgramExplainsARefusedApprovalInNorwegian() {
        try (PostgresLibrary lena = people.library("lena")) {
            StoredAssessment own = lena.create(CouncilPeople.assessment("Lenas andre", "Helse", null, Status.COMPLETE));
            Assessment approval = own.assessment().withReview(new Review(ReviewStatus.APPROVED, "Lena Leder", LocalDate.of(2026, 12, 2), ""));
            assertThatThrownBy(() -> lena.save(own.id(), own.version(), approval))
                    .isInstanceOfSatisfying(LibraryException.class, e -> assertThat(e.explanation().key()).isEqualTo("roles.refused.ownApproval"));
        }
    }

    @Test
    void onlyALeaderOfTheUnitCommentsAndTheCommentsFollowTheAssessment() throws SQLException {
        try (PostgresLibrary lena = people.library("lena"); PostgresLibrary lars = people.library("lars")) {
            new Reviews(lena).comment(exempt, ReviewStep.ASSESSMENT, OptionalInt.of(3), "Se på mål 3 igjen.", "Lena Leder");
            assertThatThrownBy(() -> new Reviews(lars).comment(exempt, ReviewStep.CASE, OptionalInt.empty(), "Hei", "Lars Leder"))
                    .isInstanceOf(LibraryException.class);
        }
        try (Connection kari = people.jdbc("kari"); Connection ola = people.jdbc("ola")) {
            assertThat(count(kari, "SELECT count(*) FROM review_comment WHERE assessment_id = " + exempt)).isOne();
            assertThat(count(ola, "SELECT count(*) FROM review_comment WHERE assessment_id = " + exempt)).isZero();
            assertThatThrownBy(() -> execute(kari, "INSERT INTO review_comment (assessment_id, step, text, author_name) VALUES ("
                    + draftInHelse + ", 'CASE', 'egen', 'Kari')")).as("a caseworker does not review").isInstanceOf(SQLException.class);
        }
    }

    private static long count(Connection db, String sql) throws SQLException {
        try (Statement query = db.createStatement(); ResultSet row = query.executeQuery(sql)) {
            row.next();
            return row.getLong(1);
        }
    }

    private static List<Long> ids(Connection db, String sql) throws SQLException {
        try (PreparedStatement query = db.prepareStatement(sql); ResultSet row = query.executeQuery()) {
            List<Long> ids = new java.util.ArrayList<>();
            while (row.next()) {
                ids.add(row.getLong(1));
            }
            return ids;
        }
    }

    private static void execute(Connection db, String sql) throws SQLException {
        try (Statement statement = db.createStatement()) {
            statement.execute(sql);
        }
    }
}
