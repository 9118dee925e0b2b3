package no.baerekraftsjekk.domain.portfolio;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import no.baerekraftsjekk.domain.Assessment;
import no.baerekraftsjekk.domain.CaseInfo;
import no.baerekraftsjekk.domain.CaseType;
import no.baerekraftsjekk.domain.ConflictHandling;
import no.baerekraftsjekk.domain.GoalAssessment;
import no.baerekraftsjekk.domain.Relevance;
import no.baerekraftsjekk.domain.Status;
import no.baerekraftsjekk.domain.analysis.AssessmentAnalyzer;

/** Random but plausible assessments for the portfolio's tests and benchmark, repeatable by seed. */
public final class PortfolioFixtures {
    public static final AssessmentAnalyzer ANALYZER = AssessmentAnalyzer.standard();
    public static final Instant CREATED = Instant.parse("2026-06-01T10:00:00Z");
    private static final String[] UNITS = {"Kommunalteknikk", "kommunalteknikk ", "Oppvekst", "Helse og omsorg",
        "Plan og bygg", "Kultur", ""};
    private static final String[] ORGANISATIONS = {"Lia kommune", "Lia kommune ", "Nordfylket fylkeskommune"};

    private PortfolioFixtures() {
    }

    /** {@code n} assessments: about one in ten a draft, one in twenty exempt, dates over 2025–2027. */
    public static List<Assessment> assessments(int n, long seed) {
        Random random = new Random(seed);
        List<Assessment> list = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            list.add(assessment(random, i));
        }
        return list;
    }

    public static Assessment assessment(Random random, int i) {
        LocalDate date = random.nextInt(8) == 0 ? null : LocalDate.of(2025, 1, 1).plusDays(random.nextInt(3 * 365));
        String exemption = random.nextInt(20) == 0 ? "Offl. § 14" : null;
        CaseInfo info = new CaseInfo("Sak nummer " + i, "2026/" + i, CaseType.values()[random.nextInt(CaseType.values().length)],
                ORGANISATIONS[random.nextInt(ORGANISATIONS.length)], UNITS[random.nextInt(UNITS.length)], "Kari Nordmann",
                date, "Beskrivelse av sak " + i, exemption);
        Assessment a = new Assessment(info, java.util.Map.of(), java.util.Map.of(), List.of(), "", "Konklusjon " + i,
                random.nextInt(3) == 0 ? Status.DRAFT : Status.COMPLETE);
        for (int goal = 1; goal <= 17; goal++) {
            int roll = random.nextInt(10);
            if (roll == 0) {
                continue;
            }
            if (roll < 4) {
                a = a.withGoal(GoalAssessment.screened(goal, Relevance.NOT_RELEVANT));
                continue;
            }
            int positive = random.nextInt(4);
            int negative = random.nextInt(3) == 0 ? random.nextInt(4) : 0;
            a = a.withGoal(GoalAssessment.screened(goal, random.nextBoolean() ? Relevance.DIRECT : Relevance.INDIRECT)
                    .withRatings(positive, negative).withJustification("Begrunnelse " + i));
        }
        if (random.nextBoolean()) {
            int lower = 1 + random.nextInt(16);
            a = a.withHandling(ConflictHandling.of(List.of(lower, lower + 1 + random.nextInt(17 - lower)), "Avveid.", ""));
        }
        return a;
    }

    public static PortfolioEntry entry(long id, Assessment a) {
        return PortfolioEntry.of(id, a, CREATED, ANALYZER, ZoneOffset.UTC);
    }

    public static List<PortfolioEntry> entries(int n, long seed) {
        List<Assessment> list = assessments(n, seed);
        List<PortfolioEntry> entries = new ArrayList<>(n);
        for (int i = 0; i < list.size(); i++) {
            entries.add(entry(i + 1, list.get(i)));
        }
        return entries;
    }
}
