package no.baerekraftsjekk.usecase;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.Properties;
import java.util.UUID;
import no.baerekraftsjekk.domain.profile.CouncilOrigin;
import no.baerekraftsjekk.domain.profile.ProfileReader;
import no.baerekraftsjekk.domain.profile.ProfileSource;
import no.baerekraftsjekk.storage.council.CouncilProfiles;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * This machine's copy of the council library's profile, in the data folder: the reports and the
 * lists need files on disk, a start needs the profile before the server answers (or when it does
 * not), and a start fetches the files again only when their digest changed. The copy is replaced
 * whole: a new folder is written beside it and moved into its place.
 */
public final class CouncilProfileCopy {
    /** The copy's folder in the data folder. */
    public static final String FOLDER = "kommuneprofil";
    private static final String PROFILE = "profil";
    private static final String ABOUT = "kilde.properties";
    private static final Logger LOG = LoggerFactory.getLogger(CouncilProfileCopy.class);

    private CouncilProfileCopy() {
    }

    /** The copy last fetched, if any, read as the profile in use; a broken one carries its problem. */
    public static Optional<ProfileSource> cached(Path dataFolder, ProfileReader reader) {
        Path root = dataFolder.resolve(FOLDER);
        Optional<About> about = About.read(root.resolve(ABOUT));
        Path file = root.resolve(PROFILE).resolve(ProfileReader.FILE_NAME);
        if (about.isEmpty() || !Files.isRegularFile(file)) {
            return Optional.empty();
        }
        CouncilOrigin origin = new CouncilOrigin(about.get().library(), Optional.of(about.get().stamp()), Optional.empty());
        return Optional.of(ProfileSource.read(file, reader).withCouncil(origin));
    }

    /**
     * Asks the council library for its profile and brings the copy up to date.
     *
     * @param library the council library as described to people
     * @param onThisMachine the profile from the files on this machine (beside the program, in the data folder)
     * @return the council's profile when it holds one, said to go before the file on this machine;
     *     otherwise that file's profile, said to be used because the council library holds none
     */
    public static ProfileSource refresh(CouncilProfiles profiles, String library, Path dataFolder, ProfileSource onThisMachine,
            ProfileReader reader) throws IOException {
        Path root = dataFolder.resolve(FOLDER);
        Optional<CouncilProfiles.Summary> summary = profiles.summary();
        if (summary.isEmpty()) {
            Folders.deleteQuietly(root);
            return onThisMachine.withCouncil(new CouncilOrigin(library, Optional.empty(), Optional.empty()));
        }
        Optional<About> had = About.read(root.resolve(ABOUT));
        if (had.isEmpty() || !had.get().digest().equals(summary.get().digest()) || !had.get().library().equals(library)) {
            Optional<CouncilProfiles.Stored> stored = profiles.read();
            if (stored.isEmpty()) {
                // Taken out between the two questions.
                Folders.deleteQuietly(root);
                return onThisMachine.withCouncil(new CouncilOrigin(library, Optional.empty(), Optional.empty()));
            }
            replace(root, stored.get(), library);
            LOG.info("The council profile of {} was fetched (sha256 {})", library, stored.get().digest());
        }
        About about = About.read(root.resolve(ABOUT)).orElseThrow(() -> new IOException("The profile copy lost its description"));
        CouncilOrigin origin = new CouncilOrigin(library, Optional.of(about.stamp()), onThisMachine.file());
        return ProfileSource.read(root.resolve(PROFILE).resolve(ProfileReader.FILE_NAME), reader).withCouncil(origin);
    }

    private static void replace(Path root, CouncilProfiles.Stored stored, String library) throws IOException {
        Path fresh = root.resolveSibling(FOLDER + ".ny-" + UUID.randomUUID());
        try {
            PackProfile.unpack(stored.files(), fresh.resolve(PROFILE));
            new About(library, stored.digest(), stored.stamp()).write(fresh.resolve(ABOUT));
            Path old = root.resolveSibling(FOLDER + ".gammel-" + UUID.randomUUID());
            if (Files.exists(root)) {
                move(root, old);
            }
            move(fresh, root);
            Folders.deleteQuietly(old);
        } finally {
            Folders.deleteQuietly(fresh);
        }
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to);
        }
    }

    /** Where the copy came from, kept beside it. */
    private record About(String library, String digest, CouncilOrigin.Stamp stamp) {
        static Optional<About> read(Path file) {
            if (!Files.isRegularFile(file)) {
                return Optional.empty();
            }
            Properties values = new Properties();
            try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                values.load(in);
                return Optional.of(new About(values.getProperty("library", ""), values.getProperty("digest", ""),
                        new CouncilOrigin.Stamp(values.getProperty("storedBy", ""), Instant.parse(values.getProperty("storedAt", "")))));
            } catch (IOException | IllegalArgumentException | DateTimeParseException e) {
                LOG.warn("The description of the council profile copy {} cannot be read; it is fetched again", file, e);
                return Optional.empty();
            }
        }

        void write(Path file) throws IOException {
            Properties values = new Properties();
            values.setProperty("library", library);
            values.setProperty("digest", digest);
            values.setProperty("storedBy", stamp.storedBy());
            values.setProperty("storedAt", stamp.storedAt().toString());
            try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
                values.store(out, "The council library's profile, copied here by the program; it is replaced at the next start");
            }
        }
    }
}
