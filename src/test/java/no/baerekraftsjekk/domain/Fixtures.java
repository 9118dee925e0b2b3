package no.baerekraftsjekk.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Assessments for tests, with every field of the format filled in. */
public final class Fixtures {
    private Fixtures() {
    }

    /** All 17 goals assessed, with positives, negatives, every optional field, and Norwegian text. */
    public static Assessment fullAssessment() {
        CaseInfo info = new CaseInfo("Ny barneskole på Nordbyhagen", "2026/1234", CaseType.PROJECT, "Eksempel kommune",
                "Kommunalteknikk", "Kari Nordmann", LocalDate.of(2026, 11, 23),
                "Skolen erstatter to eldre skoler.\nDen bygges i massivtre og får solceller på taket.", "Offl. § 14");
        Map<Integer, GoalAssessment> goals = new TreeMap<>();
        for (int g = 1; g <= 17; g++) {
            Relevance relevance = g % 5 == 0 ? Relevance.NOT_RELEVANT : (g % 2 == 0 ? Relevance.DIRECT : Relevance.INDIRECT);
            int positive = relevance.isRelevant() ? g % 4 : 0;
            int negative = relevance.isRelevant() && g % 3 == 0 ? 2 : 0;
            List<String> targets = relevance.isRelevant() ? List.of(g + ".1") : List.of();
            goals.put(g, new GoalAssessment(g, relevance, positive, negative,
                    Certainty.values()[g % 3], Horizon.values()[g % 3], targets,
                    "Begrunnelse for mål " + g + ": æøå ÆØÅ «sitat» – tankestrek.", "Tiltak for mål " + g + "."));
        }
        return new Assessment(info, goals,
                Map.of(Dimension.ENVIRONMENT, "Miljø: mindre utslipp.", Dimension.SOCIAL, "Sosialt: bedre skolevei.",
                        Dimension.ECONOMIC, "Økonomi: lavere driftskostnader."),
                List.of(ConflictHandling.of(List.of(11, 15), "Vi velger tomten fordi …", "Erstatningsareal."),
                        ConflictHandling.of(List.of(9), "Innenfor målet.", "")),
                "Samarbeid med plan og bygg.", "Prosjektet anbefales.", Status.DRAFT);
    }
}
