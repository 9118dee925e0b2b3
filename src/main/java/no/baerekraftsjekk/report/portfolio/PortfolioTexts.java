package no.baerekraftsjekk.report.portfolio;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import no.baerekraftsjekk.domain.CaseType;
import no.baerekraftsjekk.domain.Dimension;
import no.baerekraftsjekk.domain.guidance.ReferenceTexts;
import no.baerekraftsjekk.domain.text.Texts;
import no.baerekraftsjekk.domain.analysis.Conflict;
import no.baerekraftsjekk.domain.analysis.ConflictKind;
import no.baerekraftsjekk.domain.portfolio.PortfolioFilter;
import no.baerekraftsjekk.domain.portfolio.Side;
import no.baerekraftsjekk.domain.portfolio.Stage;
import no.baerekraftsjekk.domain.portfolio.TrendInterval;

/** The words the portfolio uses, on the screen and in every export, in the language of the {@link Texts} given. */
public final class PortfolioTexts {
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d.M.yyyy", Locale.of("nb", "NO"));

    private final Texts texts;
    private final ReferenceTexts reference;

    /** The words of {@code texts}' language, with the goal titles of that language from the shipped reference data. */
    public PortfolioTexts(Texts texts) {
        this(texts, ReferenceTexts.load(texts.language()));
    }

    /** @param reference the goal titles, as the case report has them ({@link ReferenceTexts#goalTitle}), in the same language */
    public PortfolioTexts(Texts texts, ReferenceTexts reference) {
        this.texts = java.util.Objects.requireNonNull(texts);
        this.reference = java.util.Objects.requireNonNull(reference);
    }

    public Texts texts() {
        return texts;
    }

    public String text(String key, Object... args) {
        return texts.get("portfolio." + key, args);
    }

    public String stage(Stage stage) {
        return text("stage." + stage.name());
    }

    public String side(Side side) {
        return text("side." + side.name());
    }

    /** "liten", "middels", "stor" for levels 1–3. */
    public String level(int level) {
        return text("level." + level);
    }

    public String caseType(CaseType type) {
        return texts.name(type);
    }

    public String dimension(Dimension dimension) {
        return texts.name(dimension);
    }

    /** "Ren energi for alle", in this language (bokmål where the title is not translated). */
    public String goalTitle(int number) {
        return reference.goalTitle(number);
    }

    /** "7 Ren energi for alle". */
    public String goal(int number) {
        return number + " " + goalTitle(number);
    }

    public String goalPair(int a, int b) {
        return texts.get("report.goal.pair", a, goalTitle(a), b, goalTitle(b));
    }

    /** A conflict that needs weighing: between two goals, or within one. */
    public String conflict(Conflict conflict) {
        return conflict.kind() == ConflictKind.GOALS
                ? goalPair(conflict.goals().get(0), conflict.goals().get(1))
                : text("conflict.within", goal(conflict.goals().getFirst()));
    }

    public String severity(int severity) {
        return texts.get("report.severity." + Math.clamp(severity, 1, 3));
    }

    public String interval(TrendInterval interval) {
        return text("interval." + interval.name());
    }

    /** A period key ("2027-K1", "2027") as a reader says it. */
    public String period(String key) {
        return key.contains("-K") ? text("period.quarter", key.substring(key.indexOf("-K") + 2), key.substring(0, 4)) : key;
    }

    public static String date(LocalDate date) {
        return DATE.format(date);
    }

    public String periodOf(PortfolioFilter filter) {
        if (filter.from() == null && filter.to() == null) {
            return text("filter.period.all");
        }
        if (filter.from() == null) {
            return text("filter.period.to", date(filter.to()));
        }
        if (filter.to() == null) {
            return text("filter.period.from", date(filter.from()));
        }
        return text("filter.period.range", date(filter.from()), date(filter.to()));
    }

    /** The filter's limits in words, one label–value pair each, "Alle" where there is none. */
    public List<List<String>> describe(PortfolioFilter filter, Set<String> unitNames, Set<String> committeeNames) {
        return List.of(
                List.of(text("filter.period"), periodOf(filter)),
                List.of(text("filter.unit"), orAll(unitNames)),
                List.of(text("filter.committee"), orAll(committeeNames)),
                List.of(text("filter.caseType"), orAll(filter.caseTypes().stream().sorted().map(this::caseType)
                        .collect(Collectors.toCollection(java.util.LinkedHashSet::new)))),
                List.of(text("filter.status"), orAll(filter.stages().stream().sorted().map(this::stage)
                        .collect(Collectors.toCollection(java.util.LinkedHashSet::new)))));
    }

    private String orAll(Set<String> values) {
        return values.isEmpty() ? text("filter.all") : String.join(", ", values);
    }
}
