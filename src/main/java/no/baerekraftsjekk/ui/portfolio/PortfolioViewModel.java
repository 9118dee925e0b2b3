package no.baerekraftsjekk.ui.portfolio;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.LongConsumer;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.ObservableSet;
import javafx.collections.SetChangeListener;
import no.baerekraftsjekk.domain.CaseType;
import no.baerekraftsjekk.domain.format.FileWriteException;
import no.baerekraftsjekk.domain.portfolio.GroupRow;
import no.baerekraftsjekk.domain.portfolio.LocalGoalCounter;
import no.baerekraftsjekk.domain.portfolio.LocalGoalRow;
import no.baerekraftsjekk.domain.portfolio.Grouping;
import no.baerekraftsjekk.domain.portfolio.Portfolio;
import no.baerekraftsjekk.domain.portfolio.PortfolioCalculator;
import no.baerekraftsjekk.domain.portfolio.PortfolioEntry;
import no.baerekraftsjekk.domain.portfolio.PortfolioFilter;
import no.baerekraftsjekk.domain.portfolio.Selection;
import no.baerekraftsjekk.domain.portfolio.SimilarNames;
import no.baerekraftsjekk.domain.portfolio.Stage;
import no.baerekraftsjekk.domain.portfolio.TrendInterval;
import no.baerekraftsjekk.domain.profile.LocalGoal;
import no.baerekraftsjekk.report.portfolio.PortfolioExporter;
import no.baerekraftsjekk.report.portfolio.PortfolioFormat;
import no.baerekraftsjekk.report.portfolio.PortfolioTexts;
import no.baerekraftsjekk.ui.UiServices;
import no.baerekraftsjekk.usecase.LoadPortfolio;
import no.baerekraftsjekk.usecase.MergeNames;

/**
 * The state of the portfolio screen. The library is read once in the background; after that every
 * change of filter, grouping or interval recounts on the FX thread, which takes milliseconds even
 * for 10 000 cases. Clicking a number shows the cases behind it ({@link #show}).
 */
public final class PortfolioViewModel {
    private final UiServices services;
    private final ZoneId zone;
    private final LongConsumer openAssessment;
    private final PortfolioSettings remembered;
    private final PortfolioCalculator calculator = new PortfolioCalculator();
    private final PortfolioTexts words;

    private final ObjectProperty<LocalDate> from = new SimpleObjectProperty<>();
    private final ObjectProperty<LocalDate> to = new SimpleObjectProperty<>();
    /**
     * The units and committees chosen, by {@link no.baerekraftsjekk.domain.portfolio.NameKey}; within a
     * kind any of the choices will do, across kinds all must hold; an empty choice is all.
     */
    private final ObservableSet<String> units = FXCollections.observableSet(new TreeSet<>());
    private final ObservableSet<String> committees = FXCollections.observableSet(new TreeSet<>());
    private final ObservableSet<CaseType> caseTypes = FXCollections.observableSet(EnumSet.noneOf(CaseType.class));
    private final ObservableSet<Stage> stages = FXCollections.observableSet(EnumSet.noneOf(Stage.class));
    private final ObjectProperty<TrendInterval> interval = new SimpleObjectProperty<>(TrendInterval.QUARTER);
    private final ObjectProperty<Grouping> grouping = new SimpleObjectProperty<>(Grouping.UNIT);

    private final ReadOnlyObjectWrapper<Portfolio> portfolio = new ReadOnlyObjectWrapper<>();
    /** The council's own goals (its profile); empty when it has none, and then the screen has no section on them. */
    private final List<LocalGoal> localGoals;
    private final ReadOnlyObjectWrapper<List<LocalGoalRow>> localGoalRows = new ReadOnlyObjectWrapper<>(List.of());
    private final ObservableList<GroupRow> unitChoices = FXCollections.observableArrayList();
    private final ObservableList<GroupRow> committeeChoices = FXCollections.observableArrayList();
    private final ObservableList<List<String>> similarNames = FXCollections.observableArrayList();
    private final ObservableList<PortfolioEntry> shownCases = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper shownCaption = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper statusMessage = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper filterProblem = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper(true);

    private List<PortfolioEntry> entries = List.of();
    /** What {@link #similarNames} was found for: looking is quadratic in names, so not on every filter change. */
    private Object similarFor;
    private Selection shownSelection;
    /** While the remembered filter is put back, the properties change one by one: count once, after. */
    private boolean restoring;

    /** @param openAssessment opens an assessment by its library id */
    public PortfolioViewModel(UiServices services, ZoneId zone, LongConsumer openAssessment) {
        this.services = Objects.requireNonNull(services);
        this.zone = Objects.requireNonNull(zone);
        this.openAssessment = Objects.requireNonNull(openAssessment);
        this.remembered = new PortfolioSettings(services.settings());
        this.words = new PortfolioTexts(services.texts(), services.reference());
        this.localGoals = services.profile().profile().localGoals();
        restore();
        for (ObjectProperty<?> p : List.of(from, to, interval, grouping)) {
            p.addListener((obs, old, now) -> {
                if (!restoring) {
                    recount();
                }
            });
        }
        for (ObservableSet<?> set : List.of(units, committees, caseTypes, stages)) {
            set.addListener((SetChangeListener<Object>) change -> {
                if (!restoring) {
                    recount();
                }
            });
        }
    }

    /** The portfolio's words in the window's language. */
    public PortfolioTexts words() {
        return words;
    }

    public ObjectProperty<LocalDate> fromProperty() {
        return from;
    }

    public ObjectProperty<LocalDate> toProperty() {
        return to;
    }

    /** The unit keys chosen; empty for every unit. */
    public ObservableSet<String> units() {
        return units;
    }

    public ObservableSet<String> committees() {
        return committees;
    }

    public ObservableSet<CaseType> caseTypes() {
        return caseTypes;
    }

    public ObservableSet<Stage> stages() {
        return stages;
    }

    /** Makes {@code values} the choice of one kind, counting once however many change. */
    public <T> void choose(ObservableSet<T> kind, Collection<? extends T> values) {
        if (kind.equals(Set.copyOf(values))) {
            return;
        }
        restoring = true;
        kind.retainAll(values);
        kind.addAll(values);
        restoring = false;
        recount();
    }

    public ObjectProperty<TrendInterval> intervalProperty() {
        return interval;
    }

    public ObjectProperty<Grouping> groupingProperty() {
        return grouping;
    }

    public ReadOnlyObjectProperty<Portfolio> portfolioProperty() {
        return portfolio.getReadOnlyProperty();
    }

    /** The council's local goals the screen groups by; empty when its profile has none. */
    public List<LocalGoal> localGoals() {
        return localGoals;
    }

    /** Per local goal, the filtered cases that touch it; set before {@link #portfolioProperty()} changes. */
    public ReadOnlyObjectProperty<List<LocalGoalRow>> localGoalRowsProperty() {
        return localGoalRows.getReadOnlyProperty();
    }

    /** Every unit in the library (not only the filtered cases), for the unit filter. */
    public ObservableList<GroupRow> unitChoices() {
        return unitChoices;
    }

    public ObservableList<GroupRow> committeeChoices() {
        return committeeChoices;
    }

    /** Spellings of the current grouping that may be one name, for the caseworker to merge. */
    public ObservableList<List<String>> similarNames() {
        return similarNames;
    }

    public ObservableList<PortfolioEntry> shownCases() {
        return shownCases;
    }

    public ReadOnlyStringProperty shownCaptionProperty() {
        return shownCaption.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty statusMessageProperty() {
        return statusMessage.getReadOnlyProperty();
    }

    /** Why the filter matches nothing, when it is the filter's own fault (a reversed period). */
    public ReadOnlyStringProperty filterProblemProperty() {
        return filterProblem.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty loadingProperty() {
        return loading.getReadOnlyProperty();
    }

    /** Reads the library in the background, then counts. */
    public void load() {
        loading.set(true);
        services.tasks().run(() -> new LoadPortfolio(services.library(), services.analyzer(), zone).entries())
                .onSuccess(this::setEntries)
                .onFailure(error -> {
                    loading.set(false);
                    services.errors().showUnexpected(error);
                })
                .start();
    }

    /** Counts these cases from now on; the benchmark and tests hand them in directly. */
    public void setEntries(List<PortfolioEntry> loaded) {
        this.entries = List.copyOf(loaded);
        unitChoices.setAll(NameChoices.of(entries, Grouping.UNIT));
        committeeChoices.setAll(NameChoices.of(entries, Grouping.COMMITTEE));
        loading.set(false);
        recount();
    }

    public PortfolioFilter filter() {
        return new PortfolioFilter(from.get(), to.get(), Set.copyOf(units), Set.copyOf(committees), Set.copyOf(caseTypes),
                Set.copyOf(stages));
    }

    /** Back to every case: no period, unit, committee, case type or status. */
    public void resetFilter() {
        restoring = true;
        from.set(null);
        to.set(null);
        units.clear();
        committees.clear();
        caseTypes.clear();
        stages.clear();
        restoring = false;
        recount();
    }

    /** Shows the cases behind a number, with a caption that says what they are. */
    public void show(Selection selection, String caption) {
        shownSelection = selection;
        shownCaption.set(caption);
        Portfolio current = portfolio.get();
        shownCases.setAll(current == null ? List.of() : current.casesOf(selection));
    }

    public void open(PortfolioEntry entry) {
        if (entry != null) {
            openAssessment.accept(entry.id());
        }
    }

    /** Asks where to save, then writes the portfolio in the background. */
    public void export(PortfolioFormat format) {
        Portfolio current = portfolio.get();
        if (current == null) {
            return;
        }
        var target = services.fileDialogs().chooseSaveLocation(PortfolioExporter.suggestName(current, format), format.extension());
        if (target.isEmpty()) {
            return;
        }
        Path file = target.get();
        statusMessage.set(words.text("screen.exporting"));
        services.tasks().run(() -> {
            new PortfolioExporter(services.texts(), localGoals).export(current, format, file);
            return file;
        }).onSuccess(written -> statusMessage.set(words.text("screen.exported", written.toAbsolutePath())))
                .onFailure(error -> {
                    statusMessage.set("");
                    if (error instanceof FileWriteException e) {
                        services.errors().showError(words.text("screen.exportFailed"), e.getMessage());
                    } else {
                        services.errors().showUnexpected(error);
                    }
                }).start();
    }

    /**
     * Makes several spellings one in the library (the stored assessments change), then reads the
     * library again so every figure shows the merged name.
     */
    public void merge(Collection<String> spellings, String chosen) {
        Grouping which = grouping.get();
        services.tasks().run(() -> new MergeNames(services.library()).merge(which, spellings, chosen))
                .onSuccess(changed -> {
                    statusMessage.set(words.text("screen.merged", changed, chosen.strip()));
                    load();
                }).start();
    }

    private void restore() {
        restoring = true;
        PortfolioFilter saved = remembered.filter();
        from.set(saved.from());
        to.set(saved.to());
        units.addAll(saved.units());
        committees.addAll(saved.committees());
        caseTypes.addAll(saved.caseTypes());
        stages.addAll(saved.stages());
        interval.set(remembered.interval());
        grouping.set(remembered.grouping());
        restoring = false;
    }

    private void recount() {
        PortfolioFilter filter = filter();
        remembered.remember(filter, interval.get(), grouping.get());
        filterProblem.set(filter.periodReversed() ? words.text("screen.reversed") : "");
        Portfolio counted = calculator.calculate(entries, filter, interval.get());
        // The suggestions first: the screen redraws once, when the portfolio changes, and reads them then.
        List<Object> basis = List.of(entries, grouping.get());
        if (!basis.equals(similarFor)) {
            similarFor = basis;
            similarNames.setAll(new SimilarNames().find(spellings(grouping.get())));
        }
        localGoalRows.set(localGoals.isEmpty() ? List.of() : LocalGoalCounter.count(localGoals, counted.entries()));
        portfolio.set(counted);
        if (shownSelection != null) {
            shownCases.setAll(counted.casesOf(shownSelection));
        }
    }

    private Set<String> spellings(Grouping which) {
        // Gathered unsorted, then sorted once: a sorted set compared names for each of 100 000 cases.
        Set<String> names = new java.util.HashSet<>();
        for (PortfolioEntry e : entries) {
            names.add(which.nameOf(e));
        }
        return new TreeSet<>(names);
    }

    /** For the benchmark: the cases counted, so a test can check the screen's figures. */
    List<PortfolioEntry> entries() {
        return new ArrayList<>(entries);
    }
}
