package no.baerekraftsjekk.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Assessments for tests, with every field of the format filled in. */
public final class Fixtures {
    private Fixtures() {
    }

    /** The id of {@link #fullAssessment()}: a stored assessment keeps the id it has. */
    public static final java.util.UUID FULL_ASSESSMENT_ID = java.util.UUID.fromString("0b7f4c1e-9d2a-4f3b-8e6c-5a4d3c2b1a09");

    /**
     * All 17 goals assessed, with positives, negatives, every optional field of version 1, Norwegian
     * text, and an id (written in version 2 only).
     */
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
                "Samarbeid med plan og bygg.", "Prosjektet anbefales.", Status.DRAFT).withId(FULL_ASSESSMENT_ID);
    }

    /** {@link #fullAssessment()} with every field format version 2 adds: id, language, committee, meeting date, review, UNKNOWN. */
    public static Assessment fullVersion2Assessment() {
        Assessment full = fullAssessment();
        return full
                .withId(java.util.UUID.fromString("6f1c2a0e-3b7d-4e55-9a51-0c1d2e3f4a5b"))
                .withLanguage(no.baerekraftsjekk.domain.text.Language.NN)
                .withCaseInfo(full.caseInfo().withCommittee("Kommunestyret").withMeetingDate(LocalDate.of(2027, 2, 11)))
                .withGoal(full.goal(4).orElseThrow().withCertainty(Certainty.UNKNOWN))
                .withReview(new Review(ReviewStatus.RETURNED, "Ola Leder", LocalDate.of(2027, 1, 20), "Skriv mer om mål 4.\nTakk."));
    }

    /**
     * A case with three alternatives (format version 2): the zero alternative (little assessed, with a
     * harm the others avoid), the full assessment as the recommended alternative, and a third with
     * other ratings. Not ready: the zero alternative leaves goals unassessed.
     */
    public static Assessment caseWithAlternatives() {
        Assessment full = fullAssessment();
        Alternative zero = Alternative.empty("Alternativ 0: dagens skole").withZero(true)
                .withDescription("Skolene drives videre som i dag.")
                .withGoal(new GoalAssessment(4, Relevance.DIRECT, 0, 2, Certainty.HIGH, Horizon.LONG, List.of("4.a"),
                        "Byggene er slitt.", ""))
                .withGoal(GoalAssessment.screened(13, Relevance.NOT_RELEVANT))
                .withConclusion("Ikke bærekraftig over tid.");
        Alternative central = Alternative.of("Alternativ 1: ny sentralskole", full)
                .withDescription("Én ny skole i massivtre.");
        Alternative renovated = Alternative.of("Alternativ 2: rehabilitering", full)
                .withGoal(full.goal(4).orElseThrow().withRatings(1, 0))
                .withGoal(full.goal(11).orElseThrow().withRatings(0, 1))
                .withDimensionText(Dimension.ECONOMIC, "Økonomi: billigere nå, dyrere senere.");
        return new Assessment(full.caseInfo().withCommittee("Kommunestyret"), Map.of(), Map.of(), List.of(),
                "Samarbeid med plan og bygg.", "Saken har tre alternativer.", Status.DRAFT, FULL_ASSESSMENT_ID,
                no.baerekraftsjekk.domain.text.Language.NB, null, List.of(), "", List.of(zero, central, renovated),
                new Recommendation("Alternativ 1: ny sentralskole", "Gir best skole for flest elever."));
    }
}
