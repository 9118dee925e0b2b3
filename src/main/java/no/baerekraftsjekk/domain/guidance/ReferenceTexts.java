package no.baerekraftsjekk.domain.guidance;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;
import no.baerekraftsjekk.domain.Goal;
import no.baerekraftsjekk.domain.GoalCatalog;
import no.baerekraftsjekk.domain.analysis.Hint;
import no.baerekraftsjekk.domain.analysis.TradeOff;
import no.baerekraftsjekk.domain.analysis.TradeOffCatalog;
import no.baerekraftsjekk.domain.text.Language;

/**
 * The reference data a user reads, in one language: goal titles, target labels, the guidance for
 * each goal, the help for each step and scale, the glossary and the trade-off hints. Loaded once per
 * language at start-up and handed to the window and the reports, so no screen reads a resource
 * itself.
 *
 * <p>Where a text is missing in the language it falls back to bokmål: a goal title or a target label
 * one by one (an empty cell in {@code reference/goals.tsv}, a target a {@code guidance/targets_nn.tsv}
 * lacks, a trade-off a {@code guidance/tradeoffs_nn.json} lacks), the goal guidance, step help and
 * glossary as a whole file ({@code guidance/goals_nn.json} and so on) until a translation of the
 * file exists.
 */
public final class ReferenceTexts {
    private final Language language;
    private final GoalCatalog goals;
    private final Map<Integer, String> goalTitles;
    // Read on first use, as the screens read them before: a start-up shows the library first, and
    // the library needs none of them. Each is read once.
    private final Once<TargetLabels> targets;
    private final Once<GoalGuidanceCatalog> goalGuidance;
    private final Once<StepHelp> steps;
    private final Once<Glossary> glossary;
    private final Once<Map<List<Integer>, String>> hints;

    private ReferenceTexts(Language language) {
        this.language = language;
        this.goals = GoalCatalog.standard();
        this.goalTitles = titles(goals, language);
        this.targets = new Once<>(() -> targets(language));
        this.goalGuidance = new Once<>(() -> GoalGuidanceCatalog.load(translatedOrBase("guidance/goals", language, "json")));
        this.steps = new Once<>(() -> StepHelp.load(translatedOrBase("guidance/steps", language, "json")));
        this.glossary = new Once<>(() -> Glossary.load(translatedOrBase("guidance/glossary", language, "json")));
        this.hints = new Once<>(() -> hints(language));
    }

    /**
     * The shipped reference data in {@code language}. The texts are read when first asked for; a
     * missing or broken resource is a packaging fault and throws {@link GuidanceLoadException} then.
     */
    public static ReferenceTexts load(Language language) {
        return new ReferenceTexts(Objects.requireNonNull(language, "language"));
    }

    /** Reads every text now: for a background warm-up, and for tests that want a packaging fault at once. */
    public ReferenceTexts readAll() {
        targets.get();
        goalGuidance.get();
        steps.get();
        glossary.get();
        hints.get();
        return this;
    }

    private static TargetLabels targets(Language language) {
        TargetLabels base = TargetLabels.load(resource("guidance/targets", Language.BASE, "tsv"));
        String translated = resource("guidance/targets", language, "tsv");
        return language == Language.BASE || !exists(translated) ? base
                : TargetLabels.withFallback(TargetLabels.load(translated), base);
    }

    public Language language() {
        return language;
    }

    /** The goals with their numbers, colours and targets: the same in every language. */
    public GoalCatalog goals() {
        return goals;
    }

    /** "Ren energi for alle", in this language, or in bokmål where the title is not translated. */
    public String goalTitle(int goal) {
        String title = goalTitles.get(goal);
        if (title == null) {
            throw new IllegalArgumentException("No goal " + goal);
        }
        return title;
    }

    public TargetLabels targets() {
        return targets.get();
    }

    /** "7.2 Øke andelen fornybar energi"; an id the labels do not know is shown as it is. */
    public String targetWithLabel(String id) {
        String label = targets.get().all().get(id);
        return label == null ? id : id + " " + label;
    }

    public GoalGuidanceCatalog goalGuidance() {
        return goalGuidance.get();
    }

    public StepHelp steps() {
        return steps.get();
    }

    public Glossary glossary() {
        return glossary.get();
    }

    /** The hint's text in this language, or the knowledge base's bokmål where it is not translated. */
    public String hintText(Hint hint) {
        return hints.get().getOrDefault(hint.goals().stream().sorted().toList(), hint.text());
    }

    private static Map<Integer, String> titles(GoalCatalog goals, Language language) {
        Map<Integer, String> titles = new HashMap<>();
        goals.all().forEach(goal -> titles.put(goal.number(), title(goal, language)));
        return titles;
    }

    /** The goal's title in {@code language}; bokmål's where that cell of the reference table is empty. */
    static String title(Goal goal, Language language) {
        String translated = switch (language) {
            case NB -> goal.titleNb();
            case NN -> goal.titleNn();
            case EN -> goal.titleEn();
        };
        return translated == null || translated.isBlank() ? goal.titleNb() : translated;
    }

    private static Map<List<Integer>, String> hints(Language language) {
        String resource = "guidance/tradeoffs_" + language.code() + ".json";
        if (language == Language.BASE || !exists(resource)) {
            return Map.of();
        }
        try (InputStream in = ReferenceTexts.class.getClassLoader().getResourceAsStream(resource)) {
            Map<List<Integer>, String> hints = new HashMap<>();
            for (TradeOff tradeOff : TradeOffCatalog.read(in).all()) {
                if (!tradeOff.hint().isBlank()) {
                    hints.put(tradeOff.goals().stream().sorted().toList(), tradeOff.hint());
                }
            }
            return hints;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + resource, e);
        }
    }

    private static String translatedOrBase(String stem, Language language, String extension) {
        String translated = resource(stem, language, extension);
        return exists(translated) ? translated : resource(stem, Language.BASE, extension);
    }

    private static String resource(String stem, Language language, String extension) {
        return stem + "_" + language.code() + "." + extension;
    }

    private static boolean exists(String resource) {
        return ReferenceTexts.class.getClassLoader().getResource(resource) != null;
    }

    /** A value made on first use, once, whichever thread asks first. */
    private static final class Once<T> {
        private final Supplier<T> maker;
        private T value;

        Once(Supplier<T> maker) {
            this.maker = maker;
        }

        synchronized T get() {
            if (value == null) {
                value = maker.get();
            }
            return value;
        }
    }
}
