package no.baerekraftsjekk.ui.assessment.caseinfo;

import java.util.List;
import no.baerekraftsjekk.domain.profile.CouncilProfile;

/**
 * The units, committees and exemption bases the council uses, from its profile, offered as choices
 * in Om saken. Free text stays allowed: a new unit or a rare basis must never block the caseworker.
 */
public record CaseChoices(List<String> units, List<String> committees, List<String> exemptionBases) {
    public CaseChoices {
        units = List.copyOf(units);
        committees = List.copyOf(committees);
        exemptionBases = List.copyOf(exemptionBases);
    }

    public static CaseChoices none() {
        return new CaseChoices(List.of(), List.of(), List.of());
    }

    public static CaseChoices of(CouncilProfile profile) {
        return new CaseChoices(profile.units(), profile.committees(), profile.exemptionBases());
    }
}
