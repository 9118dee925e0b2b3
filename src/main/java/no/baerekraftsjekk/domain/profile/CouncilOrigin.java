package no.baerekraftsjekk.domain.profile;

import java.nio.file.Path;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * Why the profile in use is the one it is, when a council library is connected: the council
 * library's stored profile goes before a profile file beside the program or in the data folder,
 * so every caseworker of the council uses the same.
 *
 * @param library the council library, as it is described to people (its address)
 * @param stored who put the profile there and when; empty when the council library holds none
 *     (then the file, or the built-in defaults, are used as without a council library)
 * @param setAside the profile file found on this machine that the council's profile goes before
 */
public record CouncilOrigin(String library, Optional<Stamp> stored, Optional<Path> setAside) {

    /** Who put the profile in the council library, and when. */
    public record Stamp(String storedBy, Instant storedAt) {
        public Stamp {
            Objects.requireNonNull(storedBy, "storedBy");
            Objects.requireNonNull(storedAt, "storedAt");
        }
    }

    public CouncilOrigin {
        Objects.requireNonNull(library, "library");
        Objects.requireNonNull(stored, "stored");
        Objects.requireNonNull(setAside, "setAside");
    }

    public boolean holdsProfile() {
        return stored.isPresent();
    }
}
