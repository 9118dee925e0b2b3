package no.baerekraftsjekk.ui.assessment;

import static no.baerekraftsjekk.ui.FxTesting.await;
import static no.baerekraftsjekk.ui.FxTesting.get;
import static no.baerekraftsjekk.ui.FxTesting.onFx;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import no.baerekraftsjekk.domain.Assessment;
import no.baerekraftsjekk.domain.CaseInfo;
import no.baerekraftsjekk.domain.CaseType;
import no.baerekraftsjekk.domain.text.Message;
import no.baerekraftsjekk.storage.LibraryException;
import no.baerekraftsjekk.storage.council.LibraryRole;
import no.baerekraftsjekk.storage.council.LibraryUser;
import no.baerekraftsjekk.ui.FxTesting;
import no.baerekraftsjekk.ui.Words;
import no.baerekraftsjekk.ui.assessment.review.AccessViewModel;
import no.baerekraftsjekk.ui.assessment.review.CouncilAccess;
import no.baerekraftsjekk.ui.common.BackgroundTasks;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Who may change an assessment of the council library, decided without a window or a database. */
class AccessViewModelTest {
    private static final LibraryUser KARI = new LibraryUser("kari", "Kari Nordmann", LibraryRole.CASEWORKER, List.of("Helse"));
    private static final LibraryUser PER = new LibraryUser("per", "Per Hansen", LibraryRole.CASEWORKER, List.of("Helse"));
    private static final LibraryUser OLA = new LibraryUser("ola", "Ola Skole", LibraryRole.CASEWORKER, List.of("Skole"));
    private static final LibraryUser LENA = new LibraryUser("lena", "Lena Leder", LibraryRole.LEADER, List.of("Helse"));
    private static final LibraryUser RITA = new LibraryUser("rita", "Rita Leser", LibraryRole.READER, List.of());
    private static final List<LibraryUser> EVERYONE = List.of(KARI, PER, OLA, LENA, RITA);

    private final EditorFixtures fixtures = new EditorFixtures();
    private final FakeErrors errors = new FakeErrors();
    private final BackgroundTasks tasks = new BackgroundTasks(errors);
    private final FakeAccess library = new FakeAccess();
    private AssessmentEditorViewModel editor;
    private AccessViewModel model;

    @BeforeAll
    static void platform() {
        FxTesting.startPlatform();
    }

    @AfterEach
    void close() {
        tasks.close();
    }

    @Test
    void aReaderGetsAReadOnlyEditorThatSaysWhyAndNeverSaves() {
        open(RITA, "Helse", null);
        assertThat(get(() -> model.readOnlyReasonProperty().get()))
                .startsWith("Du kan lese denne vurderingen, men ikke endre den.").contains("leser");
        Assessment before = editor.wholeCase();

        onFx(() -> editor.edit(a -> a.withCaseInfo(a.caseInfo().withTitle("Endret av en leser"))));

        assertThat(editor.wholeCase()).isEqualTo(before);
        assertThat(editor.autosaver().hasUnsavedChanges()).isFalse();
        fixtures.time.advance(java.time.Duration.ofMinutes(5));
        assertThat(fixtures.time.waitingJobs()).as("no autosave is even tried").isZero();
        assertThat(fixtures.library.find(editor.assessmentId()).orElseThrow().version()).isEqualTo(1);
        assertThat(get(() -> model.ownerProperty().get())).isFalse();
    }

    @Test
    void aCaseworkerOfAnotherUnitOrOfTheUnitOfAnExemptAssessmentReadsOnly() {
        open(OLA, "Helse", null);
        assertThat(get(() -> model.readOnlyReasonProperty().get())).contains("hører til Helse");

        open(PER, "Helse", "Offl. § 13");
        assertThat(get(() -> model.readOnlyReasonProperty().get())).contains("unntatt offentlighet");
    }

    @Test
    void theOwnerANamedColleagueAUnitCaseworkerAndTheUnitsLeaderChangeIt() {
        for (LibraryUser user : List.of(KARI, PER, LENA)) {
            open(user, "Helse", null);
            assertThat(get(() -> model.readOnlyProperty().get())).as(user.name()).isFalse();
        }
        library.colleagues.add("ola");
        open(OLA, "Helse", "Offl. § 13");
        assertThat(get(() -> model.readOnlyProperty().get())).as("named by the owner").isFalse();
        onFx(() -> editor.edit(a -> a.withCaseInfo(a.caseInfo().withTitle("Endret av Ola"))));
        assertThat(editor.autosaver().hasUnsavedChanges()).isTrue();
    }

    @Test
    void itsOwnLoginIsNotRegisteredAndIsLeftToTheDatabase() {
        library.me = Optional.empty();
        open(null, "Helse", "Offl. § 13");
        assertThat(get(() -> model.readOnlyProperty().get())).isFalse();
        assertThat(editor.readOnlyProperty().get()).isFalse();
    }

    @Test
    void theOwnerChoosesAmongCaseworkersAndLeadersAndTheChoiceIsSaved() {
        open(KARI, "Helse", "Offl. § 13");
        assertThat(get(() -> model.ownerProperty().get())).isTrue();
        assertThat(get(() -> model.candidates().stream().map(LibraryUser::login).toList()))
                .as("by name; not herself, not a reader").containsExactly("lena", "ola", "per");
        assertThat(get(() -> model.chosenTextProperty().get())).contains("Ingen kolleger");

        onFx(() -> model.choose("per", true));
        await("Per is named", () -> get(() -> model.chosen().equals(List.of("per"))) && !get(() -> model.busyProperty().get()));
        onFx(() -> model.choose("lena", true));
        await("Lena too", () -> get(() -> model.chosen().size()) == 2 && !get(() -> model.busyProperty().get()));
        onFx(() -> model.choose("per", false));
        await("Per taken off", () -> get(() -> model.chosen().equals(List.of("lena"))));

        assertThat(library.saved).containsExactly(List.of("per"), List.of("per", "lena"), List.of("lena"));
        assertThat(get(() -> model.chosenTextProperty().get())).contains("Lena Leder");
        assertThat(errors.shown).isEmpty();
    }

    @Test
    void aRefusalIsShownInTheOneErrorDialogInNorwegianAndTheChoiceGoesBack() {
        open(KARI, "Helse", "Offl. § 13");
        library.refusal = new LibraryException(Message.of("roles.refused.colleagueNotUser", "server"));

        onFx(() -> model.choose("ola", true));

        await("the refusal is shown", () -> !errors.shown.isEmpty());
        assertThat(errors.shown).containsExactly("Tilgangen ble ikke endret: "
                + "En kollega du gir tilgang, må være registrert som saksbehandler eller leder i kommunebiblioteket.");
        await("nothing is ticked", () -> get(() -> model.chosen().isEmpty()) && !get(() -> model.busyProperty().get()));
    }

    private void open(LibraryUser me, String unit, String exemptionBasis) {
        if (me != null) {
            library.me = Optional.of(me);
        }
        CaseInfo info = new CaseInfo("Ny helsestasjon", "2026/1", CaseType.PLAN, "Eksempel kommune", unit, "Kari Nordmann",
                null, "", exemptionBasis);
        editor = fixtures.editor(Assessment.newDraft("Ny helsestasjon").withCaseInfo(info));
        model = get(() -> new AccessViewModel(editor, library, tasks, Words.TEXTS, errors));
        onFx(model::load);
        await("the access is known", () -> get(() -> model.knownProperty().get()));
    }

    /** The library as the owner Kari set it up: everyone registered, colleagues she named. */
    private static final class FakeAccess implements CouncilAccess {
        volatile Optional<LibraryUser> me = Optional.empty();
        final List<String> colleagues = new CopyOnWriteArrayList<>();
        final List<List<String>> saved = new CopyOnWriteArrayList<>();
        volatile LibraryException refusal;

        @Override
        public Access load(long assessmentId) {
            return new Access(me, Optional.of("kari"), colleagues, EVERYONE);
        }

        @Override
        public void setColleagues(long assessmentId, List<String> logins) {
            if (refusal != null) {
                throw refusal;
            }
            saved.add(List.copyOf(logins));
            colleagues.clear();
            colleagues.addAll(logins);
        }
    }
}
