package no.baerekraftsjekk.storage.council;

import java.time.Clock;
import java.util.List;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import no.baerekraftsjekk.domain.Assessment;
import no.baerekraftsjekk.storage.StaleSaveException;
import no.baerekraftsjekk.storage.StoredAssessment;

/**
 * How the editor saves to the council library so that nothing typed is lost when the network is:
 * a save goes to the server; when the server cannot be reached it is kept in the {@link EditQueue}
 * instead, and the caseworker is told it is kept on this machine. Kept edits are sent, oldest
 * first and through the same version check, as soon as the server answers again.
 *
 * <p>An edit whose answer was lost (the connection broke during the commit) may already be on the
 * server; it is kept and sent again under the same edit id, which the server recognises, so it is
 * never applied twice.
 */
public final class CouncilSaves {
    private final PostgresLibrary library;
    private final EditQueue queue;
    private final Clock clock;

    public CouncilSaves(PostgresLibrary library, EditQueue queue, Clock clock) {
        this.library = library;
        this.queue = queue;
        this.clock = clock;
    }

    /** What became of a save. */
    public sealed interface Outcome {
        /** The version the editor's next save is based on. */
        long version();
    }

    /** On the server. */
    public record Saved(StoredAssessment stored, UUID editId) implements Outcome {
        @Override
        public long version() {
            return stored.version();
        }
    }

    /** Kept on this machine; sent when the server answers. The next save builds on it. */
    public record KeptLocally(PendingEdit edit) implements Outcome {
        @Override
        public long version() {
            return edit.baseVersion() + 1;
        }
    }

    /**
     * Saves the assessment on top of {@code baseVersion}. Throws {@link StaleSaveException} when
     * the server refuses it because someone else saved first; the edit is then not kept.
     */
    public synchronized Outcome save(long id, long baseVersion, Assessment assessment) {
        PendingEdit edit = new PendingEdit(UUID.randomUUID(), id, baseVersion, assessment, clock.instant());
        if (!queue.isEmpty()) {
            // Older edits wait: this one must not overtake them.
            queue.add(edit);
            StoredAssessment sent = flush().stored().get(edit.editId());
            return sent != null ? new Saved(sent, edit.editId()) : new KeptLocally(edit);
        }
        try {
            return new Saved(library.saveEdit(id, baseVersion, assessment, edit.editId()), edit.editId());
        } catch (CouncilUnreachableException e) {
            queue.add(edit);
            return new KeptLocally(edit);
        }
    }

    /**
     * What a flush did: what the server stored for each edit it took, the edits it refused
     * (someone else saved first: the caseworker decides), and how many still wait.
     */
    public record Flush(Map<UUID, StoredAssessment> stored, List<Refused> refused, int remaining) {
        public int sent() {
            return stored.size();
        }
    }

    /** A kept edit the server refused, with who saved before it and when. */
    public record Refused(PendingEdit edit, StaleSaveException reason) {
    }

    /**
     * Sends the kept edits, oldest first, until the queue is empty or the server cannot be reached.
     * An edit that is refused stays kept, as do the later edits of that assessment (they build on
     * it), until the caseworker chooses with {@link #discard(long)}; other assessments go on.
     */
    public synchronized Flush flush() {
        Map<UUID, StoredAssessment> stored = new LinkedHashMap<>();
        List<Refused> refused = new java.util.ArrayList<>();
        java.util.Set<Long> blocked = new java.util.HashSet<>();
        List<PendingEdit> pending = queue.pending();
        for (PendingEdit edit : pending) {
            if (blocked.contains(edit.assessmentId())) {
                continue;
            }
            try {
                stored.put(edit.editId(), library.saveEdit(edit.assessmentId(), edit.baseVersion(), edit.assessment(), edit.editId()));
                queue.remove(edit.editId());
            } catch (StaleSaveException e) {
                refused.add(new Refused(edit, e));
                blocked.add(edit.assessmentId());
            } catch (CouncilUnreachableException e) {
                break;
            }
        }
        return new Flush(stored, refused, queue.pending().size());
    }

    /** The edits still kept for one assessment, oldest first. */
    public List<PendingEdit> pending(long assessmentId) {
        return queue.pending().stream().filter(e -> e.assessmentId() == assessmentId).toList();
    }

    /** Drops the kept edits of one assessment, after the caseworker took the colleague's version or kept theirs as a copy. */
    public synchronized void discard(long assessmentId) {
        pending(assessmentId).forEach(e -> queue.remove(e.editId()));
    }

    public int pendingCount() {
        return queue.pending().size();
    }

    public boolean hasPending() {
        return !queue.isEmpty();
    }
}
