package no.baerekraftsjekk.domain.format;

import no.baerekraftsjekk.domain.text.Message;




/**
 * One rule a file breaks: where ({@code goals[3].positive}, empty for the whole file) and what, as a
 * message the one who shows it puts into words.
 */
public record FileProblem(String path, Message message, Message place) {

    /** A problem whose place is known only by its path. */
    public FileProblem(String path, Message message) {
        this(path, message, null);
    }

    /** The same problem with its place in a caseworker's words ("Mål 3, positiv virkning"); null keeps the path. */
    FileProblem inPlace(Message words) {
        return new FileProblem(path, message, words);
    }

    /**
     * The problem as the window shows it: "Mål 3, positiv virkning: Verdien 4 er utenfor …" where the
     * place can be put in words, else with its path. The command line's {@code check} keeps the path.
     */
    public Message inWords() {
        return place == null ? located() : Message.of("format.problem.located", place, message);
    }

    /** The problem with its place, as one message: "goals[3].positive: Må være et heltall." */
    public Message located() {
        return path.isEmpty() ? message : Message.of("format.problem.located", path, message);
    }

    /** For logs and test failures only. */
    @Override
    public String toString() {
        return path.isEmpty() ? message.toString() : path + ": " + message;
    }
}
