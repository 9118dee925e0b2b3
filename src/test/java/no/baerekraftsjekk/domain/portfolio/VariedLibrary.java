package no.baerekraftsjekk.domain.portfolio;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import no.baerekraftsjekk.domain.Alternative;
import no.baerekraftsjekk.domain.Assessment;
import no.baerekraftsjekk.domain.ConflictHandling;
import no.baerekraftsjekk.domain.Fixtures;
import no.baerekraftsjekk.domain.Recommendation;
import no.baerekraftsjekk.domain.Review;
import no.baerekraftsjekk.domain.ReviewStatus;

/**
 * A library with every kind of case the portfolio treats differently, for tests that hold a fast
 * read to the plain one: committees spelt several ways, meeting dates, every review status, exempt
 * cases, weighed, blank and within-goal handlings, cases with alternatives with and without a
 * recommendation, and empty drafts. Repeatable by seed.
 */
public final class VariedLibrary {
    private static final String[] COMMITTEES = {"Formannskapet", "formannskapet ", "Kommunestyret", "Utvalg for teknikk", ""};

    private VariedLibrary() {
    }

    public static List<Assessment> assessments(int n, long seed) {
        Random random = new Random(seed);
        List<Assessment> list = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            list.add(assessment(random, i));
        }
        return list;
    }

    /** One case of the mix; {@link #assessments} makes {@code n} of them in a row. */
    public static Assessment assessment(Random random, int i) {
        Assessment a = switch (random.nextInt(12)) {
            case 0 -> alternatives(random, i);
            case 1 -> Assessment.newDraft("Tom sak " + i);
            default -> PortfolioFixtures.assessment(random, i);
        };
        if (random.nextInt(3) == 0) {
            a = a.withCaseInfo(a.caseInfo().withCommittee(COMMITTEES[random.nextInt(COMMITTEES.length)]));
        }
        if (random.nextInt(4) == 0) {
            a = a.withCaseInfo(a.caseInfo().withMeetingDate(LocalDate.of(2025, 1, 1).plusDays(random.nextInt(900))));
        }
        if (random.nextInt(10) == 0) {
            a = a.withCaseInfo(a.caseInfo().withExemptionBasis("Offl. § 13"));
        }
        int review = random.nextInt(5);
        if (review < ReviewStatus.values().length) {
            a = a.withReview(new Review(ReviewStatus.values()[review], "Leder", null, ""));
        }
        if (!a.hasAlternatives() && random.nextInt(3) == 0) {
            // Picked targets, which grouping by the council's local goals reads.
            for (var g : a.goals().values()) {
                if (g.isRelevant() && random.nextBoolean()) {
                    a = a.withGoal(g.withTargets(random.nextBoolean() ? List.of(g.goal() + ".1") : List.of(g.goal() + ".1", g.goal() + ".2")));
                }
            }
        }
        if (!a.hasAlternatives() && random.nextInt(4) == 0) {
            int goal = 1 + random.nextInt(17);
            a = a.withHandling(ConflictHandling.of(List.of(goal), random.nextBoolean() ? "Avveid innen målet." : " \t", ""));
        }
        if (!a.hasAlternatives() && random.nextBoolean()) {
            // Weigh one of the conflicts the rules ask to weigh, so the handlings change what is counted.
            for (var conflict : PortfolioFixtures.ANALYZER.analyse(a).conflicts()) {
                if (conflict.needsHandling() && !conflict.handled()) {
                    a = a.withHandling(ConflictHandling.of(conflict.goals(), random.nextInt(4) == 0 ? "\u3000" : "Veid.", ""));
                    break;
                }
            }
        }
        return a;
    }

    /** The example case with alternatives: recommended, another recommended, or none chosen yet. */
    private static Assessment alternatives(Random random, int i) {
        Assessment a = Fixtures.caseWithAlternatives().withCaseInfo(Fixtures.caseWithAlternatives().caseInfo().withTitle("Alternativsak " + i));
        List<Alternative> alternatives = a.alternatives();
        return switch (random.nextInt(3)) {
            case 0 -> a;
            case 1 -> a.withRecommendation(new Recommendation(alternatives.get(random.nextInt(alternatives.size())).label(), "Fordi."));
            default -> a.withRecommendation(new Recommendation("", ""));
        };
    }
}
