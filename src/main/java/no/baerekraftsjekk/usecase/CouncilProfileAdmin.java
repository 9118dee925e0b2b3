package no.baerekraftsjekk.usecase;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import no.baerekraftsjekk.domain.profile.CouncilProfile;
import no.baerekraftsjekk.domain.profile.InvalidProfileException;
import no.baerekraftsjekk.domain.profile.ProfilePackage;
import no.baerekraftsjekk.domain.profile.ProfileReader;
import no.baerekraftsjekk.domain.profile.ProfileSource;
import no.baerekraftsjekk.domain.text.Message;
import no.baerekraftsjekk.storage.LibraryException;
import no.baerekraftsjekk.storage.council.CouncilProfiles;

/**
 * What an administrator does with the council library's profile, from the command line or the
 * settings screen: put one there (checked first: a broken profile is refused with every fault
 * named, and nothing is stored), look at the one there, or take it out.
 */
public final class CouncilProfileAdmin {
    private final CouncilProfiles profiles;
    private final ProfileReader reader;

    public CouncilProfileAdmin(CouncilProfiles profiles, ProfileReader reader) {
        this.profiles = profiles;
        this.reader = reader;
    }

    public CouncilProfileAdmin(CouncilProfiles profiles) {
        this(profiles, new ProfileReader());
    }

    /** What was put: the profile as the caseworkers' programs will read it, and the files sent. */
    public record Put(CouncilProfile profile, ProfilePackage files) {
    }

    /** The stored profile as read back, with who put it there and when. */
    public record Shown(ProfileSource source, CouncilProfiles.Stored stored) {
    }

    /**
     * @param given the profile file, or the folder that holds it
     * @throws InvalidProfileException when the profile cannot be used; nothing is stored then
     */
    public Put put(Path given) throws InvalidProfileException {
        ProfilePackage packed = PackProfile.pack(given, reader);
        CouncilProfile profile = readBack(packed).profile();
        profiles.put(packed);
        return new Put(profile, packed);
    }

    public Optional<Shown> show() {
        return profiles.read().map(stored -> new Shown(readBack(stored.files()), stored));
    }

    /** @return whether there was one to take out */
    public boolean remove() {
        return profiles.remove();
    }

    /** The package read as a caseworker's program reads its copy: unpacked into a scratch folder. */
    private ProfileSource readBack(ProfilePackage packed) {
        Path scratch = null;
        try {
            scratch = Files.createTempDirectory("kommuneprofil");
            // The files' places are the scratch folder's: only what they hold is used.
            return ProfileSource.read(PackProfile.unpack(packed, scratch), reader);
        } catch (IOException e) {
            throw new LibraryException(Message.of("library.error.detail", String.valueOf(e.getMessage())), e);
        } finally {
            if (scratch != null) {
                Folders.deleteQuietly(scratch);
            }
        }
    }
}
