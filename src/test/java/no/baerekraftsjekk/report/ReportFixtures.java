package no.baerekraftsjekk.report;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import no.baerekraftsjekk.domain.Assessment;
import no.baerekraftsjekk.domain.CaseInfo;
import no.baerekraftsjekk.domain.CaseType;
import no.baerekraftsjekk.domain.Certainty;
import no.baerekraftsjekk.domain.ConflictHandling;
import no.baerekraftsjekk.domain.Dimension;
import no.baerekraftsjekk.domain.GoalAssessment;
import no.baerekraftsjekk.domain.GoalCatalog;
import no.baerekraftsjekk.domain.Horizon;
import no.baerekraftsjekk.domain.Relevance;
import no.baerekraftsjekk.domain.Status;
import no.baerekraftsjekk.domain.analysis.Analysis;
import no.baerekraftsjekk.domain.analysis.Conflict;
import no.baerekraftsjekk.domain.analysis.ConflictKind;
import no.baerekraftsjekk.domain.analysis.DimensionLevel;
import no.baerekraftsjekk.domain.analysis.Hint;
import no.baerekraftsjekk.domain.text.Language;
import no.baerekraftsjekk.domain.text.Texts;

/** Assessments and analyses for report tests, built in code so each field has a text a test can look for. */
final class ReportFixtures {
    /** The words of a bokmål report, as the window and the command line make it by default. */
    static final Texts TEXTS = Texts.of(Language.NB);

    static final List<Integer> NOT_RELEVANT = List.of(2, 5, 14);

    private ReportFixtures() {
    }

    static CaseInfo school() {
        return new CaseInfo("Ny barneskole på Nordbyhagen", "2026/1234", CaseType.PROJECT, "Eksempel kommune",
                "Kommunalteknikk", "Kari Nordmann", LocalDate.of(2026, 11, 23),
                "Bygging av ny barneskole for 600 elever, med idrettshall og uteområde.", null);
    }

    /** All 17 goals assessed: three not relevant, the rest rated with every field filled in. */
    static Assessment fullAssessment() {
        Map<Integer, GoalAssessment> goals = new TreeMap<>();
        GoalCatalog catalog = GoalCatalog.standard();
        for (int n = 1; n <= 17; n++) {
            if (NOT_RELEVANT.contains(n)) {
                goals.put(n, new GoalAssessment(n, Relevance.NOT_RELEVANT, 0, 0, null, null, List.of(),
                        "Ikke relevant-begrunnelse for mål " + n + ".", ""));
            } else {
                List<String> targets = catalog.goal(n).targets().subList(0, 2);
                goals.put(n, new GoalAssessment(n, n % 3 == 0 ? Relevance.INDIRECT : Relevance.DIRECT,
                        (n * 2) % 4, n % 3 == 1 ? 2 : n % 4 == 0 ? 1 : 0,
                        Certainty.values()[n % 3], Horizon.values()[n % 3], targets,
                        "Begrunnelse for mål " + n + ": skolen påvirker målet gjennom økt kapasitet og nærhet. Æøå ÆØÅ.",
                        "Tiltak for mål " + n + ": følg opp i byggeprogrammet."));
            }
        }
        Map<Dimension, String> texts = new EnumMap<>(Dimension.class);
        texts.put(Dimension.ENVIRONMENT, "Miljøteksten: tomten ligger i et grøntområde med viktig naturmangfold.");
        texts.put(Dimension.SOCIAL, "Den sosiale teksten: skolen gir kortere skolevei for 400 barn.");
        texts.put(Dimension.ECONOMIC, "Den økonomiske teksten: investeringen er 480 millioner kroner.");
        List<ConflictHandling> handlings = new ArrayList<>();
        handlings.add(ConflictHandling.of(List.of(4, 15), "Avveiningen mellom skole og natur: skolen veier tyngst.",
                "Avbøtende tiltak: erstatningsbiotop og grønne tak."));
        handlings.add(ConflictHandling.of(List.of(1), "Avveiningen innen mål 1.", "Tiltak innen mål 1."));
        handlings.add(ConflictHandling.of(List.of(3, 8), "Foreldet avveining mellom mål 3 og 8.", "Foreldet tiltak."));
        return new Assessment(school(), goals, texts, handlings,
                "Samarbeidsteksten: oppvekst, helse og idrett skal med i prosjektgruppen.",
                "Konklusjonsteksten: skolen anbefales bygget, med tiltak for naturmangfold.", Status.COMPLETE);
    }

    /** An analysis matching {@link #fullAssessment()}, written by hand so the report tests need no rule engine. */
    static Analysis analysisOf(Assessment assessment) {
        Map<Dimension, DimensionLevel> levels = new EnumMap<>(Dimension.class);
        levels.put(Dimension.ENVIRONMENT, new DimensionLevel(Dimension.ENVIRONMENT, 2, 2));
        levels.put(Dimension.SOCIAL, new DimensionLevel(Dimension.SOCIAL, 3, 2));
        levels.put(Dimension.ECONOMIC, new DimensionLevel(Dimension.ECONOMIC, 2, 1));
        List<Conflict> conflicts = List.of(
                new Conflict(ConflictKind.GOALS, List.of(4, 15), List.of(), 3, true, true),
                new Conflict(ConflictKind.DIMENSIONS, List.of(), List.of(Dimension.ENVIRONMENT, Dimension.SOCIAL), 2, false, true),
                new Conflict(ConflictKind.WITHIN_GOAL, List.of(1), List.of(), 2, false, true),
                new Conflict(ConflictKind.GOALS, List.of(7, 8), List.of(), 1, true, false));
        List<Hint> hints = List.of(new Hint(List.of(8, 14), 14, "Hinttekst: vekst i næringslivet kan belaste havet.", "test"));
        List<ConflictHandling> orphaned = assessment.conflicts().stream().filter(c -> c.goals().equals(List.of(3, 8))).toList();
        return new Analysis(levels, conflicts, hints, orphaned, List.of());
    }

    static ReportContent fullContent() {
        Assessment assessment = fullAssessment();
        return new ReportContentBuilder(ReportGuidance.standard(), ReportFixtures.TEXTS).build(assessment, analysisOf(assessment));
    }

    static ReportContent contentOf(Assessment assessment) {
        return new ReportContentBuilder(ReportGuidance.standard(), ReportFixtures.TEXTS).build(assessment, analysisOf(assessment));
    }

    static ReportContent contentOf(Assessment assessment, ReportVariant variant) {
        return new ReportContentBuilder(ReportGuidance.standard(), TEXTS).build(assessment, analysisOf(assessment), variant);
    }

    static Assessment exempt(Assessment assessment) {
        return assessment.withCaseInfo(assessment.caseInfo().withExemptionBasis("Offl. § 14"));
    }

    /**
     * The longest report the design has to carry: all 17 goals relevant and rated both ways, every
     * justification and measure long (about 600 characters), a 300-character title, a long description
     * and conclusion, and a written weighing for every conflict within a goal. Every one of the 136
     * pairs of goals is then a goal conflict, most of them of severity 2 or 3.
     */
    static Assessment worstCase() {
        String sentence = "Dette er en lang tekst som beskriver virkningen grundig, med tall, kilder og forbehold. ";
        String longText = sentence.repeat(7).strip();
        Map<Integer, GoalAssessment> goals = new TreeMap<>();
        GoalCatalog catalog = GoalCatalog.standard();
        for (int n = 1; n <= 17; n++) {
            goals.put(n, new GoalAssessment(n, Relevance.DIRECT, 1 + n % 3, 1 + (n + 1) % 3,
                    n % 5 == 0 ? Certainty.LOW : Certainty.HIGH, Horizon.BOTH, catalog.goal(n).targets().subList(0, 3),
                    "Begrunnelse " + n + ": " + longText, "Tiltak " + n + ": " + longText));
        }
        List<ConflictHandling> handlings = new ArrayList<>();
        for (int n = 1; n <= 17; n++) {
            handlings.add(ConflictHandling.of(List.of(n), "Avveining innen mål " + n + ": " + sentence.repeat(3).strip(),
                    "Tiltak: " + sentence.repeat(2).strip()));
        }
        Map<Dimension, String> texts = new EnumMap<>(Dimension.class);
        for (Dimension d : Dimension.values()) {
            texts.put(d, longText);
        }
        CaseInfo info = new CaseInfo(("Regional plan for areal, transport, klima og natur i hele fylket med "
                + "handlingsprogram og konsekvensutredning ").repeat(3).substring(0, 300), "2026/99999",
                CaseType.PLAN, "Eksempel fylkeskommune", "Samfunnsutvikling", "Kari Nordmann",
                LocalDate.of(2026, 11, 23), sentence.repeat(14), "Offl. § 14");
        return new Assessment(info, goals, texts, handlings, longText, sentence.repeat(12), Status.DRAFT);
    }

    /** Two goals left unassessed, so the report has something to say under "Ikke vurdert". */
    static Assessment partialAssessment() {
        return fullAssessment().withoutGoal(12).withoutGoal(17).withStatus(Status.DRAFT);
    }
}
