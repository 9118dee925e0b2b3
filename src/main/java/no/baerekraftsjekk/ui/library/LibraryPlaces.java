package no.baerekraftsjekk.ui.library;

import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import no.baerekraftsjekk.domain.analysis.AssessmentAnalyzer;
import no.baerekraftsjekk.domain.profile.ProfileSource;
import no.baerekraftsjekk.storage.AssessmentLibrary;
import no.baerekraftsjekk.storage.LibraryException;
import no.baerekraftsjekk.storage.StoredAssessment;
import no.baerekraftsjekk.storage.council.PostgresLibrary;
import no.baerekraftsjekk.ui.UiServices;
import no.baerekraftsjekk.usecase.CopyToCouncil;

/**
 * The two libraries a caseworker may have: their own on this machine, and the council library on
 * the server when IT has set one up. Which one the library screen shows, whether the council
 * library could be reached, and copying or moving an assessment from one's own to the council's.
 * A view model: no window needed to test it.
 *
 * @param <O> how an assessment is opened from each library (the window's opener)
 */
public final class LibraryPlaces<O> {
    /** Which library the screen shows. */
    public enum Place { LOCAL, COUNCIL }

    /** How far the council library is. */
    public enum CouncilState { CONNECTING, AVAILABLE, UNREACHABLE }

    private final UiServices local;
    private final O localOpener;
    private final Function<UiServices, O> openerFor;
    private final ObjectProperty<Place> place = new SimpleObjectProperty<>(Place.LOCAL);
    private final ReadOnlyObjectWrapper<CouncilState> council = new ReadOnlyObjectWrapper<>(CouncilState.CONNECTING);
    private final ReadOnlyStringWrapper councilMessage = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper statusMessage = new ReadOnlyStringWrapper("");
    private final String councilAddress;
    private PostgresLibrary councilLibrary;
    private UiServices councilServices;
    private CouncilRules councilRules;
    private O councilOpener;

    public LibraryPlaces(UiServices local, O localOpener, Function<UiServices, O> openerFor, String councilAddress) {
        this.local = Objects.requireNonNull(local);
        this.localOpener = Objects.requireNonNull(localOpener);
        this.openerFor = Objects.requireNonNull(openerFor);
        this.councilAddress = Objects.requireNonNull(councilAddress);
        councilMessage.set(local.texts().get("council.places.connecting", councilAddress));
    }

    /** The council library answered: it can be shown, and copied to. Call on the FX thread. */
    public void councilOpened(PostgresLibrary library) {
        councilOpened(library, library);
    }

    /**
     * As {@link #councilOpened(PostgresLibrary)}, with the library the editor saves through (one
     * that keeps edits on this machine while the network is down).
     */
    public void councilOpened(PostgresLibrary library, no.baerekraftsjekk.storage.AssessmentLibrary forEditing) {
        councilOpened(library, forEditing, new CouncilRules(local.profile(), local.analyzer(), false));
    }

    /**
     * The profile and the rules the council library's assessments are made with: the council's
     * stored profile when it holds one, else those of this machine; and whether the user may put
     * another profile there (an administrator, or IT).
     */
    public record CouncilRules(ProfileSource profile, AssessmentAnalyzer analyzer, boolean mayChangeProfile) {
    }

    /** As {@link #councilOpened(PostgresLibrary, AssessmentLibrary)}, with the council's own profile and rules. */
    public void councilOpened(PostgresLibrary library, AssessmentLibrary forEditing, CouncilRules rules) {
        councilLibrary = library;
        councilRules = rules;
        councilServices = new UiServices(forEditing, rules.analyzer(), local.tasks(), local.errors(), local.fileDialogs(),
                local.settings(), local.glossary(), local.texts(), local.reference(), local.dialogs(), rules.profile());
        councilOpener = openerFor.apply(councilServices);
        council.set(CouncilState.AVAILABLE);
        councilMessage.set(local.texts().get("council.places.available", library.describe()));
    }

    /** The council library could not be opened: say so plainly; the caseworker goes on in their own. */
    public void councilFailed(Throwable error) {
        council.set(CouncilState.UNREACHABLE);
        place.set(Place.LOCAL);
        String reason = error instanceof LibraryException ? local.texts().explain(error) : local.texts().get("council.error.unreachable", councilAddress);
        councilMessage.set(local.texts().get("council.places.unreachable", reason));
    }

    /**
     * Sends edits kept on this machine, if any, and says how many still wait: called when the
     * library screen shows again, after editing.
     */
    public void sendKeptEdits() {
        if (councilServices != null && councilServices.library() instanceof no.baerekraftsjekk.storage.council.QueuedCouncilLibrary queued) {
            local.tasks().run(() -> {
                if (queued.keptEdits() > 0) {
                    queued.sendKept();
                }
                return queued.keptEdits();
            }).onSuccess(kept -> statusMessage.set(kept == 0 ? "" : local.texts().get("council.places.kept", kept)))
                    .onFailure(error -> statusMessage.set(local.texts().get("council.places.kept", queued.keptEdits()))).start();
        }
    }

    /**
     * The profile the settings screen describes: the council library's rules while it is
     * connected (its profile goes before the file on this machine), else this machine's.
     */
    public ProfileSource profileInUse() {
        return council.get() == CouncilState.AVAILABLE && councilServices != null ? councilServices.profile() : local.profile();
    }

    /** The council library, when it is connected and the user may put the council's profile there. */
    public Optional<PostgresLibrary> profileAdministration() {
        return council.get() == CouncilState.AVAILABLE && councilRules != null && councilRules.mayChangeProfile()
                ? Optional.ofNullable(councilLibrary) : Optional.empty();
    }

    public ObjectProperty<Place> placeProperty() {
        return place;
    }

    public ReadOnlyObjectProperty<CouncilState> councilStateProperty() {
        return council.getReadOnlyProperty();
    }

    /** One plain sentence about the council library: connecting, which server, or why not. */
    public ReadOnlyStringProperty councilMessageProperty() {
        return councilMessage.getReadOnlyProperty();
    }

    /** What the last copy or move did. */
    public ReadOnlyStringProperty statusMessageProperty() {
        return statusMessage.getReadOnlyProperty();
    }

    /** The services of the library shown: the council's only while it is available and chosen. */
    public UiServices shownServices() {
        return showsCouncil() ? councilServices : local;
    }

    public O shownOpener() {
        return showsCouncil() ? councilOpener : localOpener;
    }

    public boolean showsCouncil() {
        return place.get() == Place.COUNCIL && council.get() == CouncilState.AVAILABLE;
    }

    public Optional<PostgresLibrary> councilLibrary() {
        return Optional.ofNullable(councilLibrary);
    }

    /**
     * Copies (or moves: then it goes to the local bin, from where it can be restored) an assessment
     * from the caseworker's own library to the council library, in the background.
     */
    public void copyToCouncil(long localId, boolean move, Runnable afterwards) {
        if (councilLibrary == null) {
            return;
        }
        CopyToCouncil copier = new CopyToCouncil(councilLibrary);
        local.tasks().run(() -> {
            StoredAssessment stored = local.library().find(localId)
                    .orElseThrow(() -> new LibraryException(local.texts().get("library.error.notFound", Long.toString(localId))));
            CopyToCouncil.Copied copied = move ? copier.move(stored, local.library()) : copier.copy(stored);
            return describe(stored.assessment().caseInfo().title(), copied, move);
        }).onSuccess(message -> {
            statusMessage.set(message);
            afterwards.run();
        }).onFailure(error -> local.errors().showError(local.texts().get("council.places.copyFailedTitle"),
                local.texts().explain(error))).start();
    }

    /** The texts of the window's language. */
    public no.baerekraftsjekk.domain.text.Texts texts() {
        return local.texts();
    }

    private String describe(String title, CopyToCouncil.Copied copied, boolean move) {
        return switch (copied.outcome()) {
            case COPIED -> local.texts().get(move ? "council.places.moved" : "council.places.copied", title, copied.councilId());
            case COPIED_NEW_ID -> local.texts().get(move ? "council.places.movedNewId" : "council.places.copiedNewId", title, copied.councilId(), copied.localId());
            case ALREADY_THERE -> local.texts().get(move ? "council.places.movedAlready" : "council.places.already", title, copied.councilId());
        };
    }
}
