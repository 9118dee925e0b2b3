package no.baerekraftsjekk.domain.format;

/** One rule a file breaks: where ({@code goals[3].positive}, empty for the whole file) and what, in Norwegian. */
public record FileProblem(String path, String message) {

    @Override
    public String toString() {
        return path.isEmpty() ? message : path + ": " + message;
    }
}
