package no.baerekraftsjekk.usecase;

import java.io.IOException;
import java.nio.file.Path;
import no.baerekraftsjekk.domain.analysis.AssessmentAnalyzer;
import no.baerekraftsjekk.domain.analysis.MappingSource;
import no.baerekraftsjekk.domain.analysis.TradeOffCatalog;
import no.baerekraftsjekk.domain.profile.ProfileReader;
import no.baerekraftsjekk.domain.profile.ProfileSource;
import no.baerekraftsjekk.storage.council.ProgramFolder;

/**
 * Finds the council's profile the way the window and the command line both do, and the rules that
 * follow from it: the profile's dimension mapping when it has one, else the data folder's old
 * {@code dimension-mapping.tsv} (still read, so nothing changes for an organisation that has one),
 * else the default.
 */
public final class CouncilProfileInUse {
    private CouncilProfileInUse() {
    }

    /** The profile beside the program, else in the data folder; never throws (a broken one carries its problem). */
    public static ProfileSource find(Path dataFolder) {
        return ProfileSource.find(ProfileSource.places(ProgramFolder.find(), dataFolder), new ProfileReader());
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
