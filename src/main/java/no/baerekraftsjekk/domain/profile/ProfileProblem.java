package no.baerekraftsjekk.domain.profile;

import java.util.Objects;
import no.baerekraftsjekk.domain.text.Message;

/**
 * One fault in a profile file.
 *
 * @param line the line the fault is on, from 1; 0 when it lies in the file as a whole
 * @param path the field at fault ("localGoals[2].goals[0]"); empty when the file as a whole is
 */
public record ProfileProblem(int line, String path, Message message) {
    public ProfileProblem {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(message, "message");
    }
}
