package no.baerekraftsjekk.report;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import no.baerekraftsjekk.domain.Assessment;
import no.baerekraftsjekk.domain.GoalAssessment;
import no.baerekraftsjekk.domain.Relevance;
import no.baerekraftsjekk.domain.profile.CouncilProfile;
import no.baerekraftsjekk.domain.profile.InvalidProfileException;
import no.baerekraftsjekk.domain.profile.ProfileReader;

/** The example profile shipped with the program, copied out of the class path to a folder, for report tests. */
public final class ExampleProfile {
    public static final List<String> FILES = List.of("profil.json", "logo.svg", "mal.dotx");

    private ExampleProfile() {
    }

    /** Copies the example profile's files into {@code folder}; returns the profile file. */
    public static Path copyTo(Path folder) {
        try {
            Files.createDirectories(folder);
            for (String name : FILES) {
                try (InputStream in = ExampleProfile.class.getResourceAsStream("/profile/eksempel/" + name)) {
                    Files.copy(in, folder.resolve(name));
                }
            }
            return folder.resolve(ProfileReader.FILE_NAME);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static CouncilProfile read(Path folder) throws InvalidProfileException {
        return new ProfileReader().read(copyTo(folder));
    }

    /**
     * A small case worked by hand against the example plan: goal 4 direct +2/0 with target 4.1;
     * goal 11 indirect 0/2 with 11.2; goal 15 direct 1/1; goal 5 not relevant. Touched: KP-1 (goal
     * 4, positive), KP-5 (goal 15, both), KP-6 (target 11.2, negative), KP-7 (goal 11, negative).
     * Not touched: KP-11 (5 is not relevant, 16 and 10.2 not assessed), KP-2 (3 not assessed,
     * 11.7 not picked), and the others.
     */
    public static Assessment handWorkedCase() {
        return Assessment.newDraft("Ny flerbrukshall ved Eksempelby skole")
                .withGoal(GoalAssessment.screened(4, Relevance.DIRECT).withRatings(2, 0).withTargets(List.of("4.1")))
                .withGoal(GoalAssessment.screened(11, Relevance.INDIRECT).withRatings(0, 2).withTargets(List.of("11.2")))
                .withGoal(GoalAssessment.screened(15, Relevance.DIRECT).withRatings(1, 1))
                .withGoal(GoalAssessment.screened(5, Relevance.NOT_RELEVANT));
    }
}
