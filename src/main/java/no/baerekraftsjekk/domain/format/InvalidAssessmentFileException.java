package no.baerekraftsjekk.domain.format;

import java.util.List;
import no.baerekraftsjekk.domain.text.Explained;
import no.baerekraftsjekk.domain.text.Message;

/**
 * A {@code .bkj} file that is refused. {@link Reason#UNREADABLE} means it could not be read at all
 * (missing, too large, not UTF-8, not JSON); {@link Reason#INVALID} means it breaks the format's rules.
 */
public final class InvalidAssessmentFileException extends Exception implements Explained {
    private static final long serialVersionUID = 1L;

    public enum Reason {
        UNREADABLE,
        INVALID
    }

    private final Reason reason;
    private final transient List<FileProblem> problems;
    private final int errorCount;

    public InvalidAssessmentFileException(Reason reason, List<FileProblem> problems) {
        this(reason, problems, problems.size());
    }

    /**
     * @param problems what to show; past the first hundred faults its last entry only says how many more there are
     * @param errorCount every fault found, shown or not
     */
    public InvalidAssessmentFileException(Reason reason, List<FileProblem> problems, int errorCount) {
        super(problems.isEmpty() ? reason.name() : problems.get(0).toString());
        this.reason = reason;
        this.problems = List.copyOf(problems);
        this.errorCount = errorCount;
    }

    /** The first problem with its place, in words where it can be; the whole list is in {@link #problems()}. */
    @Override
    public Message explanation() {
        return problems.isEmpty() ? Message.of("format.error.empty") : problems.get(0).inWords();
    }

    public static InvalidAssessmentFileException unreadable(Message message) {
        return new InvalidAssessmentFileException(Reason.UNREADABLE, List.of(new FileProblem("", message)));
    }

    public Reason reason() {
        return reason;
    }

    public List<FileProblem> problems() {
        return problems;
    }

    /** How many faults the file has: more than {@link #problems()} holds when there were over a hundred. */
    public int errorCount() {
        return errorCount;
    }
}
