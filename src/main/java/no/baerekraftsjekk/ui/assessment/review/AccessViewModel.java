package no.baerekraftsjekk.ui.assessment.review;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import no.baerekraftsjekk.domain.CaseInfo;
import no.baerekraftsjekk.domain.text.Texts;
import no.baerekraftsjekk.storage.LibraryException;
import no.baerekraftsjekk.storage.council.EditRights;
import no.baerekraftsjekk.storage.council.LibraryRole;
import no.baerekraftsjekk.storage.council.LibraryUser;
import no.baerekraftsjekk.ui.assessment.AssessmentEditorViewModel;
import no.baerekraftsjekk.ui.common.BackgroundTasks;
import no.baerekraftsjekk.ui.common.ErrorReporter;
import org.slf4j.LoggerFactory;

/**
 * Who may change the assessment open in the council library. Someone the database would not let
 * save (a reader; a caseworker of another unit, or of the unit when the assessment is exempt and
 * they were not named) gets a read-only editor with a line saying why, so they never type what is
 * then refused. The owner names the colleagues who may see and change it; a refusal is shown in
 * the one error dialog. No window needed.
 */
public final class AccessViewModel {
    private final AssessmentEditorViewModel editor;
    private final CouncilAccess access;
    private final BackgroundTasks tasks;
    private final Texts texts;
    private final ErrorReporter errors;

    private final BooleanProperty readOnly = new SimpleBooleanProperty(false);
    private final StringProperty readOnlyReason = new SimpleStringProperty("");
    private final BooleanProperty owner = new SimpleBooleanProperty(false);
    /** True once the library said who is connected. */
    private final BooleanProperty known = new SimpleBooleanProperty(false);
    private final BooleanProperty busy = new SimpleBooleanProperty(false);
    private final ObservableList<LibraryUser> candidates = FXCollections.observableArrayList();
    private final ObservableList<String> chosen = FXCollections.observableArrayList();
    private final StringBinding chosenText;

    public AccessViewModel(AssessmentEditorViewModel editor, CouncilAccess access, BackgroundTasks tasks, Texts texts,
            ErrorReporter errors) {
        this.editor = editor;
        this.access = access;
        this.tasks = tasks;
        this.texts = texts;
        this.errors = errors;
        chosenText = Bindings.createStringBinding(this::describeChosen, chosen, candidates);
    }

    /** Asks the library who is connected and who owns the assessment; off the FX thread. */
    public void load() {
        long id = editor.assessmentId();
        tasks.run(() -> access.load(id)).onSuccess(this::show)
                // Not known: the editor stays as it is, and the database still refuses what it must.
                .onFailure(LibraryException.class, e -> LoggerFactory.getLogger(AccessViewModel.class)
                        .warn("Could not read who may change assessment {}: {}", id, e.getMessage()))
                .start();
    }

    /** What the library said; on the FX thread. */
    void show(CouncilAccess.Access loaded) {
        chosen.setAll(loaded.colleagues());
        if (loaded.me().isEmpty()) {
            // IT's own login is not registered and stands outside the rules: nothing to decide here.
            known.set(true);
            return;
        }
        LibraryUser me = loaded.me().get();
        String ownerLogin = loaded.owner().orElse("");
        owner.set(me.login().equals(ownerLogin));
        candidates.setAll(loaded.users().stream()
                .filter(u -> u.role().edits() && !u.login().equals(me.login()))
                // By name, as people look for each other; logins are IT's.
                .sorted(java.util.Comparator.comparing(LibraryUser::name, java.text.Collator.getInstance(java.util.Locale.of("nb"))))
                .toList());
        CaseInfo info = editor.wholeCase().caseInfo();
        boolean may = EditRights.mayChange(me, ownerLogin, loaded.colleagues(), info.unit(), info.isExempt());
        readOnlyReason.set(may ? "" : reason(me, info));
        readOnly.set(!may);
        editor.readOnlyProperty().set(!may);
        known.set(true);
    }

    private String reason(LibraryUser me, CaseInfo info) {
        if (!me.role().edits()) {
            return texts.get(me.role() == LibraryRole.READER ? "rolesui.readOnly.reader" : "rolesui.readOnly.administrator");
        }
        String unit = info.unit() == null || info.unit().isBlank() ? texts.get("rolesui.readOnly.noUnit") : info.unit().strip();
        return texts.get(info.isExempt() ? "rolesui.readOnly.exempt" : "rolesui.readOnly.otherUnit", unit);
    }

    /** Gives {@code login} access (or takes it away); only the owner is offered this. */
    public void choose(String login, boolean given) {
        if (busy.get()) {
            return;
        }
        List<String> wanted = new ArrayList<>(chosen);
        wanted.remove(login);
        if (given) {
            wanted.add(login);
        }
        long id = editor.assessmentId();
        List<String> before = List.copyOf(chosen);
        busy.set(true);
        tasks.run(() -> {
            access.setColleagues(id, wanted);
            return wanted;
        }).onSuccess(chosen::setAll)
                .onFailure(LibraryException.class, e -> {
                    // What the window shows goes back to what the library holds.
                    chosen.setAll(before);
                    errors.showError(texts.get("rolesui.colleagues.refused.title"), texts.explain(e));
                })
                .andFinally(() -> busy.set(false)).start();
    }

    private String describeChosen() {
        if (chosen.isEmpty()) {
            return texts.get("rolesui.colleagues.none");
        }
        String names = chosen.stream().map(login -> candidates.stream().filter(u -> u.login().equals(login))
                .map(LibraryUser::name).findFirst().orElse(login)).collect(Collectors.joining(", "));
        return texts.get("rolesui.colleagues.chosen", names);
    }

    public BooleanProperty readOnlyProperty() { return readOnly; }
    public StringProperty readOnlyReasonProperty() { return readOnlyReason; }
    public BooleanProperty ownerProperty() { return owner; }
    public BooleanProperty busyProperty() { return busy; }
    public BooleanProperty knownProperty() { return known; }
    public ObservableList<LibraryUser> candidates() { return candidates; }
    public ObservableList<String> chosen() { return chosen; }
    public StringBinding chosenTextProperty() { return chosenText; }
}
