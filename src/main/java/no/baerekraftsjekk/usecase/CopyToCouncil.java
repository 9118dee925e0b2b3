package no.baerekraftsjekk.usecase;

import java.util.Optional;
import no.baerekraftsjekk.storage.AssessmentLibrary;
import no.baerekraftsjekk.storage.StoredAssessment;
import no.baerekraftsjekk.storage.council.PostgresLibrary;

/**
 * Copies or moves assessments from a caseworker's own library into the council library. The id
 * is kept where the council library has it free, so an exported file still points at the same
 * number; the assessment's content, with its own identity in the document, is copied unchanged.
 * Copying the same assessment again is noticed and skipped.
 */
public final class CopyToCouncil {
    private final PostgresLibrary council;

    public CopyToCouncil(PostgresLibrary council) {
        this.council = council;
    }

    /** What happened to one assessment. */
    public enum Outcome {
        /** Copied under the same id. */
        COPIED,
        /** Copied, under a new id: the council library had another assessment under this one. */
        COPIED_NEW_ID,
        /** The council library already holds this very assessment under this id: nothing done. */
        ALREADY_THERE
    }

    public record Copied(long localId, long councilId, Outcome outcome) {
    }

    public Copied copy(StoredAssessment local) {
        Optional<StoredAssessment> taken = council.find(local.id());
        if (taken.isPresent()) {
            if (taken.get().assessment().equals(local.assessment())) {
                return new Copied(local.id(), local.id(), Outcome.ALREADY_THERE);
            }
            long id = council.create(local.assessment()).id();
            return new Copied(local.id(), id, Outcome.COPIED_NEW_ID);
        }
        council.createWithId(local.id(), local.assessment(), local.created());
        return new Copied(local.id(), local.id(), Outcome.COPIED);
    }

    /**
     * Copies, then moves the local one to the local bin (so it can be undone there): the council
     * copy is committed before anything local changes, so a failure leaves the local one as it was.
     */
    public Copied move(StoredAssessment local, AssessmentLibrary localLibrary) {
        Copied copied = copy(local);
        localLibrary.delete(local.id());
        return copied;
    }
}
