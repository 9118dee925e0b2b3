package no.baerekraftsjekk.report;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;
import no.baerekraftsjekk.domain.profile.CouncilProfile;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * How the council's reports look: its name and logo in the letterhead, and its Word template.
 * Without a profile there is none of these, and the reports look as they always did.
 *
 * @param organisation empty: no letterhead
 */
public record CouncilLook(String organisation, Optional<LogoPicture> logo, Optional<Path> wordTemplate) {

    public CouncilLook {
        organisation = Objects.requireNonNullElse(organisation, "").strip();
        Objects.requireNonNull(logo, "logo");
        Objects.requireNonNull(wordTemplate, "wordTemplate");
    }

    public static CouncilLook none() {
        return new CouncilLook("", Optional.empty(), Optional.empty());
    }

    /**
     * The look of a profile. A logo the profile reader accepted but that cannot be drawn after all
     * (changed on disk since) is left out and logged: a report without the logo beats no report.
     */
    public static CouncilLook of(CouncilProfile profile) {
        Optional<LogoPicture> picture = profile.logo().flatMap(logo -> {
            try {
                return Optional.of(LogoPicture.of(logo));
            } catch (IOException | RuntimeException e) {
                log().warn("The logo {} could not be drawn; the reports go without it", logo.file(), e);
                return Optional.empty();
            }
        });
        return new CouncilLook(profile.organisation(), picture, profile.wordTemplate());
    }

    /** Whether page 1 has a letterhead: a name or a logo. */
    public boolean hasLetterhead() {
        return !organisation.isEmpty() || logo.isPresent();
    }

    /** Asked for only when there is something to say: a report that logs nothing never sets up the log. */
    private static Logger log() {
        return LoggerFactory.getLogger(CouncilLook.class);
    }
}
