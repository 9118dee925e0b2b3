package no.baerekraftsjekk.domain.profile;

import java.nio.file.Path;
import java.util.Objects;

/** The council's logo: a file beside the profile, in a format the reports can draw. */
public record Logo(Path file, LogoFormat format) {
    public Logo {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(format, "format");
    }
}
