package no.baerekraftsjekk.storage.council;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * What the database knows of an assessment's review, beyond its document: who owns it, who wrote
 * in it (none of them may approve it), and who really approved it and when.
 */
public record ReviewState(long assessmentId, String owner, List<String> authors, Optional<String> approvedBy,
        Optional<Instant> approvedAt) {
    public ReviewState {
        authors = List.copyOf(authors);
    }

    public boolean isAuthor(String login) {
        return authors.contains(login);
    }
}
