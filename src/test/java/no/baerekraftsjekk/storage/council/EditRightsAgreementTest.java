package no.baerekraftsjekk.storage.council;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import no.baerekraftsjekk.domain.Review;
import no.baerekraftsjekk.domain.ReviewStatus;
import no.baerekraftsjekk.domain.Status;
import no.baerekraftsjekk.storage.StoredAssessment;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The window's copy of the update policy ({@link EditRights}) agrees with the database: for every
 * user and every assessment they can see, the editor is read-only exactly when PostgreSQL would
 * not let them change it. Each change is tried with plain JDBC and rolled back.
 */
@Tag("postgres")
class EditRightsAgreementTest {
    private static final List<String> EVERYONE = List.of("kari", "per", "ola", "lena", "lars", "rita", "adam");

    @Test
    void theWindowOpensReadOnlyExactlyWhenTheDatabaseWouldRefuseTheChange() throws SQLException {
        CouncilPeople people = new CouncilPeople(CouncilTestServer.newLibrary("edit_rights"))
                .add("kari", "Kari Nordmann", LibraryRole.CASEWORKER, "Helse")
                .add("per", "Per Hansen", LibraryRole.CASEWORKER, "helse ")
                .add("ola", "Ola Berg", LibraryRole.CASEWORKER, "Kultur")
                .add("lena", "Lena Leder", LibraryRole.LEADER, "Helse")
                .add("lars", "Lars Leder", LibraryRole.LEADER, "Kultur")
                .add("rita", "Rita Leser", LibraryRole.READER, "Helse")
                .add("adam", "Adam Admin", LibraryRole.ADMINISTRATOR, "Helse");
        List<Long> ids = new ArrayList<>();
        try (PostgresLibrary kari = people.library("kari"); PostgresLibrary ola = people.library("ola");
                PostgresLibrary lena = people.library("lena")) {
            ids.add(kari.create(CouncilPeople.assessment("Barnevernssak", "Helse", "Offl. § 13", Status.DRAFT)).id());
            long named = kari.create(CouncilPeople.assessment("Rusomsorg", "Helse", "Offl. § 13", Status.DRAFT)).id();
            kari.setColleagues(named, List.of(people.login("ola")));
            ids.add(named);
            ids.add(kari.create(CouncilPeople.assessment("Ny helsestasjon", "Helse", null, Status.DRAFT)).id());
            ids.add(kari.create(CouncilPeople.assessment("Sykkelvei", "Helse", null, Status.COMPLETE)).id());
            ids.add(ola.create(CouncilPeople.assessment("Kulturhus", "Kultur", null, Status.COMPLETE)).id());
            StoredAssessment asked = kari.create(CouncilPeople.assessment("Godkjent sak", "Helse", null, Status.COMPLETE)
                    .withReview(new Review(ReviewStatus.REQUESTED, "", null, "")));
            ids.add(lena.save(asked.id(), asked.version(), asked.assessment()
                    .withReview(new Review(ReviewStatus.APPROVED, "Lena Leder", java.time.LocalDate.of(2026, 12, 2), ""))).id());
        }
        int compared = 0;
        List<String> refused = new ArrayList<>();
        for (String who : EVERYONE) {
            Optional<LibraryUser> me;
            try (PostgresLibrary library = people.library(who)) {
                me = new CouncilUsers(library).me();
            }
            try (Connection db = people.jdbc(who)) {
                for (long id : ids) {
                    Optional<Row> row = row(db, id);
                    if (row.isEmpty()) {
                        continue;
                    }
                    boolean window = EditRights.mayChange(me.orElseThrow(), row.get().owner(), row.get().colleagues(),
                            row.get().unit(), row.get().exempt());
                    boolean database = changes(db, id);
                    assertThat(window).as("%s on %s", who, row.get().title()).isEqualTo(database);
                    compared++;
                    if (!database) {
                        refused.add(who + " " + row.get().title());
                    }
                }
            }
        }
        assertThat(compared).as("pairs compared").isEqualTo(25);
        // Seen but not theirs to change: complete assessments of another unit, and for readers and
        // administrators the approved one. An exempt one is seen only by those who may change it.
        assertThat(refused).containsExactlyInAnyOrder("ola Sykkelvei", "lars Sykkelvei", "kari Kulturhus", "per Kulturhus",
                "lena Kulturhus", "ola Godkjent sak", "lars Godkjent sak", "rita Godkjent sak", "adam Godkjent sak");
    }

    private record Row(String title, String owner, List<String> colleagues, String unit, boolean exempt) {
    }

    private static Optional<Row> row(Connection db, long id) throws SQLException {
        try (PreparedStatement query = db.prepareStatement("SELECT title, owner_login, colleagues, unit, exempt FROM assessment WHERE id = ?")) {
            query.setLong(1, id);
            try (ResultSet r = query.executeQuery()) {
                return r.next() ? Optional.of(new Row(r.getString(1), r.getString(2), CouncilUsers.strings(r.getArray(3)),
                        r.getString(4), r.getBoolean(5))) : Optional.empty();
            }
        }
    }

    /** Whether an unchanged save of the document reaches the row; rolled back either way. */
    private static boolean changes(Connection db, long id) throws SQLException {
        db.setAutoCommit(false);
        try (PreparedStatement update = db.prepareStatement("UPDATE assessment SET document = document WHERE id = ?")) {
            update.setLong(1, id);
            return update.executeUpdate() == 1;
        } catch (SQLException refused) {
            if ("42501".equals(refused.getSQLState())) {
                return false;
            }
            throw refused;
        } finally {
            db.rollback();
            db.setAutoCommit(true);
        }
    }
}
