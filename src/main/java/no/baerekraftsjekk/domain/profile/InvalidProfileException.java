package no.baerekraftsjekk.domain.profile;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import no.baerekraftsjekk.domain.text.Explained;
import no.baerekraftsjekk.domain.text.Message;

/**
 * A profile that cannot be used, and every fault found in it, each with its line and field. A
 * profile is used whole or not at all: half a profile would put reports in a template that the
 * administrator never saw together with the rest.
 */
public final class InvalidProfileException extends IOException implements Explained {
    private final transient Path file;
    private final transient List<ProfileProblem> problems;

    public InvalidProfileException(Path file, List<ProfileProblem> problems) {
        super(file + ": " + problems);
        this.file = file;
        this.problems = List.copyOf(problems);
    }

    public Path file() {
        return file;
    }

    public List<ProfileProblem> problems() {
        return problems;
    }

    /** "Profilen … kan ikke brukes: linje 4 (units[1]): …; …". The program goes on with its built-in defaults. */
    @Override
    public Message explanation() {
        List<Message> parts = problems.stream().map(InvalidProfileException::located).toList();
        return Message.of("profile.invalid", file, new Message.Joined(parts, "\n"));
    }

    private static Message located(ProfileProblem problem) {
        if (problem.line() > 0 && !problem.path().isEmpty()) {
            return Message.of("profile.at.lineAndField", problem.line(), problem.path(), problem.message());
        }
        if (problem.line() > 0) {
            return Message.of("profile.at.line", problem.line(), problem.message());
        }
        if (!problem.path().isEmpty()) {
            return Message.of("profile.at.field", problem.path(), problem.message());
        }
        return problem.message();
    }
}
