package no.baerekraftsjekk.domain.profile;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import no.baerekraftsjekk.domain.text.Message;

/**
 * The profile in use and where it came from. The first of the places given that holds a
 * {@value ProfileReader#FILE_NAME} decides; a broken one is not skipped for the next, since the
 * administrator meant that one: the built-in defaults are used, with the problem kept to be said in
 * the settings screen and at start.
 *
 * @param file the profile file read, or meant to be read when it is broken; empty when none was found
 * @param problem why the file found is not used; empty when it is, or when there is none
 * @param council when a council library is connected: whether the profile is its, and what it goes before
 */
public record ProfileSource(CouncilProfile profile, Optional<Path> file, Optional<InvalidProfileException> problem,
        Optional<CouncilOrigin> council) {

    /** Set to a profile file to use that one (trying the example profile, tests). */
    public static final String PROPERTY = "baerekraftsjekk.profil";

    public ProfileSource {
        Objects.requireNonNull(profile, "profile");
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(problem, "problem");
        Objects.requireNonNull(council, "council");
    }

    /** Without a council library. */
    public ProfileSource(CouncilProfile profile, Optional<Path> file, Optional<InvalidProfileException> problem) {
        this(profile, file, problem, Optional.empty());
    }

    /** The same profile, said to be where the council library left it. */
    public ProfileSource withCouncil(CouncilOrigin origin) {
        return new ProfileSource(profile, file, problem, Optional.of(origin));
    }

    /** Whether the profile in use is the council library's (possibly broken: then with its problem). */
    public boolean isCouncils() {
        return council.map(CouncilOrigin::holdsProfile).orElse(false);
    }

    public static ProfileSource builtIn() {
        return new ProfileSource(CouncilProfile.builtIn(), Optional.empty(), Optional.empty());
    }

    /**
     * The places the program looks, first first: the file the system property names, the program's
     * folder (IT's profile for every user) and the data folder (one person's own library).
     */
    public static List<Path> places(Optional<Path> programFolder, Path dataFolder) {
        List<Path> places = new ArrayList<>();
        String property = System.getProperty(PROPERTY);
        if (property != null && !property.isBlank()) {
            places.add(Path.of(property));
        }
        programFolder.ifPresent(folder -> places.add(folder.resolve(ProfileReader.FILE_NAME)));
        places.add(dataFolder.resolve(ProfileReader.FILE_NAME));
        return places;
    }

    /** Reads the first profile file found among {@code candidates}; never throws. */
    public static ProfileSource find(List<Path> candidates, ProfileReader reader) {
        for (Path candidate : candidates) {
            if (Files.exists(candidate)) {
                return read(candidate, reader);
            }
        }
        return builtIn();
    }

    /** Reads one profile file: the profile, or the built-in defaults with the reason. */
    public static ProfileSource read(Path file, ProfileReader reader) {
        try {
            if (!Files.isRegularFile(file)) {
                throw new InvalidProfileException(file, List.of(new ProfileProblem(0, "",
                        Message.of("profile.error.notFile", file))));
            }
            return new ProfileSource(reader.read(file), Optional.of(file), Optional.empty());
        } catch (InvalidProfileException e) {
            return new ProfileSource(CouncilProfile.builtIn(), Optional.of(file), Optional.of(e));
        }
    }

    public boolean isBroken() {
        return problem.isPresent();
    }
}
