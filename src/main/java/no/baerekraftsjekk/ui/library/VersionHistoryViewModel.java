package no.baerekraftsjekk.ui.library;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Objects;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import no.baerekraftsjekk.domain.Assessment;
import no.baerekraftsjekk.domain.text.Message;
import no.baerekraftsjekk.domain.text.Texts;
import no.baerekraftsjekk.domain.history.AssessmentDiff;
import no.baerekraftsjekk.storage.LibraryException;
import no.baerekraftsjekk.storage.StoredAssessment;
import no.baerekraftsjekk.storage.council.AssessmentVersion;
import no.baerekraftsjekk.storage.council.PostgresLibrary;
import no.baerekraftsjekk.ui.common.BackgroundTasks;
import no.baerekraftsjekk.ui.common.ErrorReporter;

/**
 * The history of one assessment in the council library: its versions with who and when, one
 * version shown read-only, two compared (which ratings and texts changed), and a version restored
 * as the newest. Library work runs in the background; results arrive on the FX thread.
 */
public final class VersionHistoryViewModel {
    private final PostgresLibrary library;
    private final long assessmentId;
    private final BackgroundTasks tasks;
    private final ErrorReporter errors;
    private final DateTimeFormatter when;
    private final Texts texts;
    private final ChangeDescriptions descriptions;
    private final ObservableList<AssessmentVersion> versions = FXCollections.observableArrayList();
    private final ObservableList<String> changes = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper shown = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");

    public VersionHistoryViewModel(PostgresLibrary library, long assessmentId, BackgroundTasks tasks, ErrorReporter errors,
            Texts texts, ZoneId zone) {
        this.texts = Objects.requireNonNull(texts);
        this.descriptions = new ChangeDescriptions(texts);
        this.library = Objects.requireNonNull(library);
        this.assessmentId = assessmentId;
        this.tasks = Objects.requireNonNull(tasks);
        this.errors = Objects.requireNonNull(errors);
        this.when = DateTimeFormatter.ofPattern("dd.MM.yyyy 'kl.' HH:mm").withZone(zone);
    }

    public ObservableList<AssessmentVersion> versions() {
        return versions;
    }

    /** The changes between the two versions last compared, one line each. */
    public ObservableList<String> changes() {
        return changes;
    }

    /** The version last viewed, as read-only text. */
    public ReadOnlyStringProperty shownProperty() {
        return shown.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    /** "Versjon 5 · ola · 02.12.2026 kl. 09:15", with "(gjenopprettet fra 2)" for a restore. */
    public String describe(AssessmentVersion v) {
        String range = v.firstVersion() == v.version() ? Long.toString(v.version()) : v.firstVersion() + "–" + v.version();
        String line = texts.get("council.history.version", range, v.changedBy(), when.format(v.changed()));
        return v.restoredFrom().isPresent() ? line + " " + texts.get("council.history.restoredFrom", v.restoredFrom().getAsLong()) : line;
    }

    public void load() {
        tasks.run(() -> library.history(assessmentId)).onSuccess(versions::setAll).onFailure(this::failed).start();
    }

    public void view(AssessmentVersion version) {
        tasks.run(() -> readOnly(version.version(), version(version.version())))
                .onSuccess(shown::set).onFailure(this::failed).start();
    }

    /** Compares an older and a newer version: what the newer one changed. */
    public void compare(AssessmentVersion a, AssessmentVersion b) {
        AssessmentVersion older = a.version() < b.version() ? a : b;
        AssessmentVersion newer = older == a ? b : a;
        tasks.run(() -> AssessmentDiff.between(version(older.version()), version(newer.version())))
                .onSuccess(list -> {
                    changes.setAll(list.isEmpty() ? List.of(texts.get("council.history.noChanges"))
                            : list.stream().map(descriptions::describe).toList());
                    status.set(texts.get("council.history.compared", older.version(), newer.version(), list.size()));
                })
                .onFailure(this::failed).start();
    }

    /** Makes this version the newest again, on top of the version stored now (refused if someone saves meanwhile). */
    public void restore(AssessmentVersion version) {
        tasks.run(() -> {
            StoredAssessment current = library.find(assessmentId)
                    .orElseThrow(() -> new LibraryException(Message.of("library.error.notFound", Long.toString(assessmentId))));
            return library.restoreVersion(assessmentId, version.version(), current.version());
        }).onSuccess(stored -> {
            status.set(texts.get("council.history.restored", version.version(), stored.version()));
            load();
        }).onFailure(this::failed).start();
    }

    private Assessment version(long number) {
        return library.version(assessmentId, number)
                .orElseThrow(() -> new LibraryException(Message.of("council.error.noVersion", Long.toString(number), Long.toString(assessmentId))));
    }

    private String readOnly(long number, Assessment a) {
        StringBuilder text = new StringBuilder(texts.get("council.history.shownHeading", number, a.caseInfo().title())).append("\n\n");
        a.goals().values().forEach(g -> text.append(texts.get("council.history.shownGoal", g.goal(),
                texts.longName(g.relevance()), g.positive(), g.negative(), g.justification())).append('\n'));
        if (!a.conclusion().isBlank()) {
            text.append('\n').append(texts.get("council.history.field.CONCLUSION")).append(": ").append(a.conclusion()).append('\n');
        }
        text.append(texts.get("council.history.field.STATUS")).append(": ").append(texts.longName(a.status()));
        return text.toString();
    }

    private void failed(Throwable error) {
        errors.showError(texts.get("council.history.failedTitle"), texts.explain(error));
    }
}
