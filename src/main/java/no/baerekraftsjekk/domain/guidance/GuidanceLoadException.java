package no.baerekraftsjekk.domain.guidance;

/**
 * A guidance resource is missing or broken. Unchecked because the resources ship inside the
 * program: a failure is a packaging fault, not something the caller can recover from.
 */
public final class GuidanceLoadException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String resource;

    GuidanceLoadException(String resource, String problem, Throwable cause) {
        super("Kunne ikke lese veiledningsressursen " + resource + ": " + problem, cause);
        this.resource = resource;
    }

    GuidanceLoadException(String resource, String problem) {
        this(resource, problem, null);
    }

    /** The class-path name of the resource that failed, for example {@code guidance/goals_nb.json}. */
    public String resource() {
        return resource;
    }
}
