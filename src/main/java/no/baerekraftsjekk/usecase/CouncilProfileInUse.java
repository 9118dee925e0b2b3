package no.baerekraftsjekk.usecase;

import java.io.IOException;
import java.nio.file.Path;
import no.baerekraftsjekk.domain.analysis.AssessmentAnalyzer;
import no.baerekraftsjekk.domain.analysis.MappingSource;
import no.baerekraftsjekk.domain.analysis.TradeOffCatalog;
import no.baerekraftsjekk.domain.profile.CouncilOrigin;
import no.baerekraftsjekk.domain.profile.ProfileReader;
import no.baerekraftsjekk.domain.profile.ProfileSource;
import no.baerekraftsjekk.storage.LibraryException;
import no.baerekraftsjekk.storage.council.CouncilProfiles;
import no.baerekraftsjekk.storage.council.CouncilServer;
import no.baerekraftsjekk.storage.council.ProgramFolder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Finds the council's profile the way the window and the command line both do (the council
 * library's own first, where there is one), and the rules that
 * follow from it: the profile's dimension mapping when it has one, else the data folder's old
 * {@code dimension-mapping.tsv} (still read, so nothing changes for an organisation that has one),
 * else the default.
 */
public final class CouncilProfileInUse {
    private static final Logger LOG = LoggerFactory.getLogger(CouncilProfileInUse.class);
    private CouncilProfileInUse() {
    }

    /**
     * The profile in use; never throws (a broken one carries its problem). Where a council library
     * is set up, the copy of its profile last fetched goes first, so every caseworker of the council
     * uses the same, also before the server answers; then the file beside the program, then the one
     * in the data folder. A file named by the system property {@value ProfileSource#PROPERTY} goes
     * before them all: it is asked for by hand.
     */
    public static ProfileSource find(Path dataFolder) {
        ProfileSource onThisMachine = onThisMachine(dataFolder);
        boolean asked = !System.getProperty(ProfileSource.PROPERTY, "").isBlank();
        if (asked || CouncilServer.find(dataFolder, ProgramFolder.find()).isEmpty()) {
            return onThisMachine;
        }
        return CouncilProfileCopy.cached(dataFolder, new ProfileReader())
                .map(council -> council.withCouncil(new CouncilOrigin(council.council().orElseThrow().library(),
                        council.council().orElseThrow().stored(), onThisMachine.file())))
                .orElse(onThisMachine);
    }

    /** The profile from the files on this machine only: beside the program, else in the data folder. */
    public static ProfileSource onThisMachine(Path dataFolder) {
        return ProfileSource.find(ProfileSource.places(ProgramFolder.find(), dataFolder), new ProfileReader());
    }

    /**
     * The profile once the council library answered: its own when it holds one (its copy here
     * brought up to date), else the one on this machine. When the library cannot be asked, the
     * profile in use so far stays, and the reason is logged: the caseworker goes on working.
     */
    public static ProfileSource fromCouncil(CouncilProfiles profiles, String library, Path dataFolder, ProfileSource sofar) {
        try {
            return CouncilProfileCopy.refresh(profiles, library, dataFolder, onThisMachine(dataFolder), new ProfileReader());
        } catch (IOException | LibraryException e) {
            LOG.warn("The council profile of {} could not be fetched; the profile in use stays", library, e);
            return sofar;
        }
    }

    /**
     * @throws IOException when the profile has no mapping and the data folder's mapping file is broken,
     *     as before profiles existed
     */
    public static AssessmentAnalyzer analyzer(ProfileSource source, Path dataFolder) throws IOException {
        if (source.profile().dimensions().isPresent()) {
            return new AssessmentAnalyzer(source.profile().dimensions().get(), TradeOffCatalog.standard());
        }
        return MappingSource.in(dataFolder).analyzer();
    }
}
