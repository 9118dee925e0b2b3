package no.baerekraftsjekk.domain.format;

import no.baerekraftsjekk.domain.text.Message;




/**
 * One rule a file breaks: where ({@code goals[3].positive}, empty for the whole file) and what, as a
 * message the one who shows it puts into words.
 */
public record FileProblem(String path, Message message) {

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
