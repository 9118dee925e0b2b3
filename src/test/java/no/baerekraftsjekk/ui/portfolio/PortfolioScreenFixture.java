package no.baerekraftsjekk.ui.portfolio;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import no.baerekraftsjekk.domain.Assessment;
import no.baerekraftsjekk.domain.CaseInfo;
import no.baerekraftsjekk.domain.CaseType;
import no.baerekraftsjekk.domain.GoalAssessment;
import no.baerekraftsjekk.domain.Relevance;
import no.baerekraftsjekk.domain.Status;
import no.baerekraftsjekk.domain.analysis.AssessmentAnalyzer;
import no.baerekraftsjekk.domain.profile.CouncilProfile;
import no.baerekraftsjekk.domain.profile.LocalGoal;
import no.baerekraftsjekk.domain.profile.ProfileSource;
import no.baerekraftsjekk.storage.SqliteLibrary;
import no.baerekraftsjekk.ui.FakeSettings;
import no.baerekraftsjekk.ui.UiServices;
import no.baerekraftsjekk.ui.common.BackgroundTasks;
import no.baerekraftsjekk.ui.common.ErrorReporter;
import no.baerekraftsjekk.ui.common.FileDialogs;

/** A real SQLite library in a temporary folder, and what the portfolio screen needs around it. */
final class PortfolioScreenFixture implements AutoCloseable {
    final SqliteLibrary library;
    final FakeSettings settings = new FakeSettings();
    final List<String> errors = new CopyOnWriteArrayList<>();
    final List<Long> opened = new CopyOnWriteArrayList<>();
    volatile Path saveAs;
    final BackgroundTasks tasks;
    final UiServices services;

    PortfolioScreenFixture(Path folder) {
        library = SqliteLibrary.open(folder.resolve("lib.sqlite"));
        ErrorReporter reporter = new ErrorReporter() {
            @Override
            public void showError(String title, String message) {
                errors.add(title + ": " + message);
            }

            @Override
            public void showUnexpected(Throwable error) {
                errors.add(String.valueOf(error));
            }
        };
        FileDialogs dialogs = new FileDialogs() {
            @Override
            public List<Path> chooseAssessmentFiles() {
                return List.of();
            }

            @Override
            public Optional<Path> chooseSaveLocation(String suggestedName, String extension) {
                return Optional.ofNullable(saveAs);
            }
        };
        tasks = new BackgroundTasks(reporter);
        services = new UiServices(library, AssessmentAnalyzer.standard(), tasks, reporter, dialogs, settings, term -> { },
                no.baerekraftsjekk.ui.Words.TEXTS, no.baerekraftsjekk.ui.Words.REFERENCE, new no.baerekraftsjekk.ui.FakeDialogs());
    }

    PortfolioViewModel model() {
        return new PortfolioViewModel(services, ZoneOffset.UTC, opened::add);
    }

    /** Four goals of an invented community plan: by goal, by target, by two goals, and one no case touches. */
    static final List<LocalGoal> PLAN = List.of(
            new LocalGoal("KP-1", "Trygge skoleveier", "Alle barn skal kunne gå eller sykle trygt til skolen.", List.of(11), List.of()),
            new LocalGoal("KP-2", "Fornybar energi i kommunale bygg", "", List.of(), List.of("7.2")),
            new LocalGoal("KP-3", "Natur og klima", "", List.of(13, 15), List.of()),
            new LocalGoal("KP-4", "Likestilling i arbeidslivet", "", List.of(5), List.of()));

    /** The screen of a council whose profile holds {@code localGoals}. */
    PortfolioViewModel model(List<LocalGoal> localGoals) {
        CouncilProfile profile = new CouncilProfile("Eksempel kommune", Optional.empty(), localGoals, List.of(), List.of(), List.of(),
                Optional.empty(), Optional.empty(), Optional.empty());
        UiServices council = new UiServices(services.library(), services.analyzer(), services.tasks(), services.errors(),
                services.fileDialogs(), services.settings(), services.glossary(), services.texts(), services.reference(),
                services.dialogs(), new ProfileSource(profile, Optional.empty(), Optional.empty()));
        return new PortfolioViewModel(council, ZoneOffset.UTC, opened::add);
    }

    /** A seventh case: goal 7 judged relevant with target 7.2 picked, no effect rated yet. */
    void seedTarget() {
        Assessment a = rated("Solceller på rådhuset", "Eiendom", CaseType.PROJECT, Status.DRAFT, LocalDate.of(2027, 3, 1), null);
        a = a.withGoal(GoalAssessment.screened(7, Relevance.DIRECT).withTargets(List.of("7.2")));
        library.create(a);
    }

    /** Six cases as a small council's quarter might hold them, one exempt, units spelt three ways. */
    void seed() {
        library.create(rated("Ny barneskole på Eksempelhaugen", "Oppvekst", CaseType.PROJECT, Status.COMPLETE, LocalDate.of(2027, 1, 20), null,
                4, 3, 0, 11, 2, 1, 15, 0, 2));
        library.create(rated("Vindkraft på Østfjellet", "Kommunalteknikk", CaseType.PLAN, Status.DRAFT, LocalDate.of(2027, 2, 3), null,
                7, 3, 0, 13, 2, 0, 15, 0, 3));
        library.create(rated("Elbusser i bybussen", "kommunalteknikk ", CaseType.PROCUREMENT, Status.COMPLETE, LocalDate.of(2027, 4, 11), null,
                13, 2, 0, 11, 1, 0, 8, 0, 1));
        library.create(rated("Budsjett 2027: svømmehallen", "Kultur", CaseType.BUDGET, Status.DRAFT, LocalDate.of(2027, 5, 2), null,
                3, 2, 0, 8, 0, 1));
        library.create(rated("Tomtekjøp på Brattåsen", "Kommunal-teknikk", CaseType.PROJECT, Status.DRAFT, LocalDate.of(2027, 6, 30),
                "Offl. § 23", 11, 2, 0, 15, 0, 3));
        library.create(rated("Kommuneplanens arealdel", "Plan og bygg", CaseType.PLAN, Status.COMPLETE, LocalDate.of(2026, 11, 2), null,
                11, 3, 1, 15, 1, 2, 6, 0, 1));
    }

    /** {@code ratings} are triples: goal, positive, negative. The other goals are not relevant. */
    static Assessment rated(String title, String unit, CaseType type, Status status, LocalDate date, String exemption, int... ratings) {
        Assessment a = new Assessment(new CaseInfo(title, "2027/" + Math.abs(title.hashCode() % 1000), type, "Eksempel kommune", unit,
                "Kari Nordmann", date, "", exemption), java.util.Map.of(), java.util.Map.of(), List.of(), "", "", status);
        for (int goal = 1; goal <= 17; goal++) {
            a = a.withGoal(GoalAssessment.screened(goal, Relevance.NOT_RELEVANT));
        }
        for (int i = 0; i < ratings.length; i += 3) {
            a = a.withGoal(GoalAssessment.screened(ratings[i], Relevance.DIRECT).withRatings(ratings[i + 1], ratings[i + 2])
                    .withJustification("Begrunnet."));
        }
        return a;
    }

    @Override
    public void close() {
        tasks.close();
        library.close();
    }
}
