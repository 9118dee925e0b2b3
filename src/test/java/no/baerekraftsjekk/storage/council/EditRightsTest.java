package no.baerekraftsjekk.storage.council;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The window's copy of the database's update policy (assessment_save); RowSecurityTest holds the database to it. */
class EditRightsTest {
    private static final LibraryUser OWNER = new LibraryUser("kari", "Kari", LibraryRole.CASEWORKER, List.of("Helse"));
    private static final LibraryUser UNIT_CASEWORKER = new LibraryUser("per", "Per", LibraryRole.CASEWORKER, List.of(" helse "));
    private static final LibraryUser OTHER_UNIT = new LibraryUser("ola", "Ola", LibraryRole.CASEWORKER, List.of("Skole"));
    private static final LibraryUser LEADER = new LibraryUser("lena", "Lena", LibraryRole.LEADER, List.of("HELSE"));
    private static final LibraryUser READER = new LibraryUser("rita", "Rita", LibraryRole.READER, List.of("Helse"));
    private static final LibraryUser ADMIN = new LibraryUser("adam", "Adam", LibraryRole.ADMINISTRATOR, List.of("Helse"));

    @Test
    void theOwnerNamedColleaguesAndLeadersOfTheUnitChangeEvenAnExemptAssessment() {
        assertThat(EditRights.mayChange(OWNER, "kari", List.of(), "Helse", true)).isTrue();
        assertThat(EditRights.mayChange(OTHER_UNIT, "kari", List.of("ola"), "Helse", true)).isTrue();
        assertThat(EditRights.mayChange(LEADER, "kari", List.of(), "Helse", true)).as("unit matched in any case").isTrue();
    }

    @Test
    void caseworkersOfTheUnitChangeOnlyWhatIsNotExempt() {
        assertThat(EditRights.mayChange(UNIT_CASEWORKER, "kari", List.of(), "Helse", false)).isTrue();
        assertThat(EditRights.mayChange(UNIT_CASEWORKER, "kari", List.of(), "Helse", true)).isFalse();
        assertThat(EditRights.mayChange(OTHER_UNIT, "kari", List.of(), "Helse", false)).isFalse();
    }

    @Test
    void readersAdministratorsAndStrangersChangeNothingNotEvenWhatTheyOwnOrWereNamedFor() {
        assertThat(EditRights.mayChange(READER, "rita", List.of("rita"), "Helse", false)).isFalse();
        assertThat(EditRights.mayChange(ADMIN, "kari", List.of(), "Helse", false)).isFalse();
        assertThat(EditRights.mayChange(null, "kari", List.of(), "Helse", false)).isFalse();
    }
}
