package no.baerekraftsjekk.usecase;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import no.baerekraftsjekk.domain.Assessment;
import no.baerekraftsjekk.domain.CaseInfo;
import no.baerekraftsjekk.domain.portfolio.CaseFacts;
import no.baerekraftsjekk.domain.portfolio.Grouping;
import no.baerekraftsjekk.domain.portfolio.NameKey;
import no.baerekraftsjekk.storage.AssessmentLibrary;
import no.baerekraftsjekk.storage.StoredAssessment;

/**
 * Makes several spellings of a unit, committee or organisation one: every assessment that uses any
 * of them (compared by {@link NameKey}) is saved with the chosen spelling, through the library's
 * ordinary save, so each change is a save like any other. Nothing else in the assessment changes.
 */
public final class MergeNames {
    private final AssessmentLibrary library;

    public MergeNames(AssessmentLibrary library) {
        this.library = Objects.requireNonNull(library);
    }

    /** @return how many assessments were changed */
    public int merge(Grouping grouping, Collection<String> spellings, String chosen) {
        String target = chosen.strip();
        if (target.isEmpty()) {
            throw new IllegalArgumentException("The merged name must not be empty");
        }
        Set<String> keys = spellings.stream().map(NameKey::of).collect(Collectors.toSet());
        keys.add(NameKey.of(target));
        // Collected first and saved after: the scan must not be interleaved with writes.
        List<StoredAssessment> toChange = new ArrayList<>();
        library.forEachAssessment(stored -> {
            String name = current(grouping, stored.assessment().caseInfo());
            if (keys.contains(NameKey.of(name)) && !name.equals(target)) {
                toChange.add(stored);
            }
        });
        for (StoredAssessment stored : toChange) {
            Assessment a = stored.assessment();
            library.save(stored.id(), stored.version(), a.withCaseInfo(renamed(grouping, a.caseInfo(), target)));
        }
        return toChange.size();
    }

    private static String current(Grouping grouping, CaseInfo info) {
        return switch (grouping) {
            case UNIT -> info.unit();
            case COMMITTEE -> CaseFacts.committee(info);
            case ORGANISATION -> info.organisation();
        };
    }

    private static CaseInfo renamed(Grouping grouping, CaseInfo info, String name) {
        return switch (grouping) {
            case UNIT -> CaseFacts.withUnit(info, name);
            case COMMITTEE -> CaseFacts.withCommittee(info, name);
            case ORGANISATION -> CaseFacts.withOrganisation(info, name);
        };
    }
}
