package no.baerekraftsjekk.domain.profile;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import no.baerekraftsjekk.domain.DimensionMapping;
import no.baerekraftsjekk.domain.text.Language;

/**
 * What a council tells the program once, for every user: its name and logo, the goals of its own
 * plan, the units, committees and exemption bases it uses, the report language, its Word template
 * and its grouping of goals into dimensions. Read by {@link ProfileReader}; without one the program
 * uses {@link #builtIn()}.
 *
 * @param organisation the council's name, shown in the reports' letterhead; empty in the built-in profile
 * @param reportLanguage the language a new report is written in; empty: the assessment's own
 * @param wordTemplate a .dotx or .docx whose styles, page and header and footer the Word report takes
 * @param dimensions empty: the mapping of the data folder's {@code dimension-mapping.tsv}, or the default
 */
public record CouncilProfile(
        String organisation,
        Optional<Logo> logo,
        List<LocalGoal> localGoals,
        List<String> units,
        List<String> committees,
        List<String> exemptionBases,
        Optional<Language> reportLanguage,
        Optional<Path> wordTemplate,
        Optional<DimensionMapping> dimensions) {

    private static final CouncilProfile BUILT_IN = new CouncilProfile("", Optional.empty(), List.of(), List.of(),
            List.of(), List.of(), Optional.empty(), Optional.empty(), Optional.empty());

    public CouncilProfile {
        organisation = Objects.requireNonNullElse(organisation, "");
        Objects.requireNonNull(logo, "logo");
        localGoals = List.copyOf(localGoals);
        units = List.copyOf(units);
        committees = List.copyOf(committees);
        exemptionBases = List.copyOf(exemptionBases);
        Objects.requireNonNull(reportLanguage, "reportLanguage");
        Objects.requireNonNull(wordTemplate, "wordTemplate");
        Objects.requireNonNull(dimensions, "dimensions");
    }

    /** No profile: no letterhead, no local goals, no lists to choose from, the program's own Word styles. */
    public static CouncilProfile builtIn() {
        return BUILT_IN;
    }

    public boolean isBuiltIn() {
        return equals(BUILT_IN);
    }

    /** The local goals shown under a UN goal in Vurdering, in the profile's order. */
    public List<LocalGoal> localGoalsUnder(int goal) {
        return localGoals.stream().filter(g -> g.shownUnder(goal)).toList();
    }
}
