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
import no.baerekraftsjekk.storage.StaleSaveException;
import no.baerekraftsjekk.storage.StoredAssessment;

/**
 * Makes several spellings of a unit, committee or organisation one: every assessment that uses any
 * of them (compared by {@link NameKey}) is saved with the chosen spelling, through the library's
 * ordinary save, so each change is a save like any other. Nothing else in the assessment changes,
 * not even what a colleague saved in the meantime.
 */
public final class MergeNames {
    /** A colleague saving the same assessment three times during one merge is not worth waiting out. */
    private static final int MAX_ATTEMPTS = 3;
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
        int changed = 0;
        for (StoredAssessment stored : toChange) {
            if (rename(grouping, stored, keys, target)) {
                changed++;
            }
        }
        return changed;
    }

    /**
     * Saves one assessment with the chosen name. Someone may have saved it since the scan: then the
     * newest version is read and renamed instead, so their change is kept and the merge still holds.
     */
    private boolean rename(Grouping grouping, StoredAssessment scanned, Set<String> keys, String target) {
        StoredAssessment stored = scanned;
        for (int attempt = 1; ; attempt++) {
            Assessment a = stored.assessment();
            try {
                library.save(stored.id(), stored.version(), a.withCaseInfo(renamed(grouping, a.caseInfo(), target)));
                return true;
            } catch (StaleSaveException e) {
                if (attempt == MAX_ATTEMPTS) {
                    throw e;
                }
                var newest = library.find(stored.id());
                if (newest.isEmpty()) {
                    return false;
                }
                String name = current(grouping, newest.get().assessment().caseInfo());
                if (!keys.contains(NameKey.of(name)) || name.equals(target)) {
                    return false;
                }
                stored = newest.get();
            }
        }
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
