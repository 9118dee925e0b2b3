package no.baerekraftsjekk.storage.council;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.ConcurrentHashMap;
import no.baerekraftsjekk.domain.Assessment;
import no.baerekraftsjekk.storage.AssessmentLibrary;
import no.baerekraftsjekk.storage.AssessmentSummary;
import no.baerekraftsjekk.storage.StoredAssessment;

/**
 * The council library as the window's editor uses it: every save goes through {@link CouncilSaves},
 * so while the network is down the autosave keeps each edit on this machine instead of failing,
 * and the next save after the server answers sends them all, through the version check. Reads
 * go straight to the server. The version each save builds on is the one this program last read,
 * saved or kept of the assessment.
 */
public final class QueuedCouncilLibrary implements AssessmentLibrary {
    private final PostgresLibrary library;
    private final CouncilSaves saves;
    private final Map<Long, StoredAssessment> last = new ConcurrentHashMap<>();

    public QueuedCouncilLibrary(PostgresLibrary library, EditQueue queue, Clock clock) {
        this.library = library;
        this.saves = new CouncilSaves(library, queue, clock);
    }

    /** Edits kept on this machine, not yet on the server. */
    public int keptEdits() {
        return saves.pendingCount();
    }

    /** Sends kept edits now, when the server answers; what became of them. */
    public CouncilSaves.Flush sendKept() {
        return saves.flush();
    }

    public PostgresLibrary server() {
        return library;
    }

    @Override
    public StoredAssessment create(Assessment assessment) {
        return remember(library.create(assessment));
    }

    /**
     * Saves on {@code baseVersion}; when the server cannot be reached the edit is kept and the value
     * returned is the version it will become (see {@link #keptEdits()}). A refusal (someone saved
     * first) is thrown as {@link no.baerekraftsjekk.storage.StaleSaveException}, as by the server.
     */
    @Override
    public StoredAssessment save(long id, long baseVersion, Assessment assessment) {
        CouncilSaves.Outcome outcome = saves.save(id, baseVersion, assessment);
        StoredAssessment result = switch (outcome) {
            case CouncilSaves.Saved saved -> saved.stored();
            case CouncilSaves.KeptLocally kept -> {
                StoredAssessment seen = last.get(id);
                yield new StoredAssessment(id, assessment, seen == null ? kept.edit().keptAt() : seen.created(), kept.edit().keptAt(),
                        kept.version(), library.user());
            }
        };
        return remember(result);
    }

    @Override
    public List<String> knownValues(no.baerekraftsjekk.storage.CaseField field) {
        return library.knownValues(field);
    }

    @Override
    public Optional<StoredAssessment> find(long id) {
        Optional<StoredAssessment> found = library.find(id);
        found.ifPresent(this::remember);
        return found;
    }

    private StoredAssessment remember(StoredAssessment stored) {
        last.put(stored.id(), stored);
        return stored;
    }

    /** Straight from the server: a roll-up counts what is stored there (kept edits are not counted until sent). */
    @Override
    public void forEachRatings(java.util.function.Consumer<StoredAssessment> action) {
        library.forEachRatings(action);
    }

    @Override
    public List<AssessmentSummary> list() {
        return library.list();
    }

    @Override
    public List<AssessmentSummary> search(String query) {
        return library.search(query);
    }

    @Override
    public void rememberFile(long id, String sha256) {
        library.rememberFile(id, sha256);
    }

    @Override
    public void recordExport(long id, String what) {
        library.recordExport(id, what);
    }

    @Override
    public OptionalLong findByFile(String sha256) {
        return library.findByFile(sha256);
    }

    @Override
    public OptionalLong findByAssessmentId(java.util.UUID assessmentId) {
        return library.findByAssessmentId(assessmentId);
    }

    @Override
    public void delete(long id) {
        library.delete(id);
    }

    @Override
    public void restore(long id) {
        library.restore(id);
    }

    @Override
    public Path location() {
        return library.location();
    }

    @Override
    public void close() {
        library.close();
    }
}
