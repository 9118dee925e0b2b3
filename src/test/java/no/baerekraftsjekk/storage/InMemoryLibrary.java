package no.baerekraftsjekk.storage;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import no.baerekraftsjekk.domain.Assessment;
import no.baerekraftsjekk.domain.CaseInfo;
import no.baerekraftsjekk.domain.text.Message;

/**
 * The library in memory, for tests of everything above storage. It keeps the same contract as the
 * SQLite library ({@link AssessmentLibraryContract} runs on both); each change is a minute after the
 * one before. Tests can make saves fail, see every value saved, and hold a search back.
 */
public final class InMemoryLibrary implements AssessmentLibrary {
    private final Map<Long, StoredAssessment> stored = new LinkedHashMap<>();
    private final Set<Long> bin = new TreeSet<>();
    private final Map<String, Long> files = new LinkedHashMap<>();
    private final List<Assessment> saves = new CopyOnWriteArrayList<>();
    private final String user;
    private long nextId = 1;
    private Instant clock = Instant.parse("2026-11-23T08:00:00Z");
    private int failuresLeft;

    /** When set, a search for {@link #slowQuery} waits for this gate, as a slow disk would. */
    public volatile CountDownLatch gate;
    public volatile String slowQuery;

    public InMemoryLibrary() {
        this(System.getProperty("user.name", ""));
    }

    /** A library whose changes are recorded as made by {@code user}. */
    public InMemoryLibrary(String user) {
        this.user = user;
    }

    @Override
    public synchronized StoredAssessment create(Assessment assessment) {
        Instant now = tick();
        Assessment identified = assessment.id() != null ? assessment : assessment.withId(java.util.UUID.randomUUID());
        StoredAssessment value = new StoredAssessment(nextId++, identified, now, now, 1, user);
        stored.put(value.id(), value);
        return value;
    }

    @Override
    public synchronized StoredAssessment save(long id, long baseVersion, Assessment assessment) {
        if (failuresLeft > 0) {
            failuresLeft--;
            throw new LibraryException("Disken er full.");
        }
        StoredAssessment old = find(id)
                .orElseThrow(() -> new LibraryException(Message.of("library.error.notFound", Long.toString(id))));
        if (old.version() != baseVersion) {
            throw new StaleSaveException(id, baseVersion, old.version(), old.changedBy(), old.changed());
        }
        // As the database does: a save without an identity keeps the stored one.
        Assessment kept = assessment.id() != null ? assessment : assessment.withId(old.assessment().id());
        StoredAssessment value = new StoredAssessment(id, kept, old.created(), tick(), baseVersion + 1, user);
        stored.put(id, value);
        saves.add(kept);
        return value;
    }

    /** The next {@code count} saves fail as on a full disk. */
    public synchronized void failNextSaves(int count) {
        failuresLeft = count;
    }

    /** Every value saved (not created), in the order saved. */
    public List<Assessment> saves() {
        return saves;
    }

    /** The stored value of an assessment, in the bin or not. */
    public synchronized Assessment get(long id) {
        return stored.get(id).assessment();
    }

    public synchronized boolean isDeleted(long id) {
        return bin.contains(id);
    }

    @Override
    public synchronized Optional<StoredAssessment> find(long id) {
        return bin.contains(id) ? Optional.empty() : Optional.ofNullable(stored.get(id));
    }

    @Override
    public synchronized List<AssessmentSummary> list() {
        return stored.values().stream()
                .filter(s -> !bin.contains(s.id()))
                .sorted(Comparator.comparing(StoredAssessment::changed).thenComparing(StoredAssessment::id).reversed())
                .map(InMemoryLibrary::summary)
                .toList();
    }

    @Override
    public List<AssessmentSummary> search(String query) {
        if (gate != null && query.equals(slowQuery)) {
            try {
                gate.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        return searchNow(query);
    }

    private synchronized List<AssessmentSummary> searchNow(String query) {
        List<String> words = SearchText.words(query);
        List<AssessmentSummary> found = new ArrayList<>();
        for (AssessmentSummary s : list()) {
            String text = SearchText.of(stored.get(s.id()).assessment());
            if (words.stream().allMatch(text::contains)) {
                found.add(s);
            }
        }
        return found;
    }

    @Override
    public synchronized List<String> knownValues(CaseField field) {
        return KnownValues.of(stored.values().stream().filter(s -> !bin.contains(s.id())).map(s -> {
            CaseInfo info = s.assessment().caseInfo();
            return switch (field) {
                case ORGANISATION -> info.organisation();
                case UNIT -> info.unit();
                case CASEWORKER -> info.caseworker();
            };
        }).toList());
    }

    @Override
    public synchronized void rememberFile(long id, String sha256) {
        files.put(sha256, id);
    }

    private final Map<Long, java.time.Instant> reports = new java.util.HashMap<>();

    @Override
    public synchronized void rememberReport(long id, java.time.Instant madeAt) {
        reports.put(id, madeAt);
    }

    @Override
    public synchronized Optional<java.time.Instant> lastReport(long id) {
        return Optional.ofNullable(reports.get(id));
    }

    @Override
    public synchronized OptionalLong findByFile(String sha256) {
        Long id = files.get(sha256);
        return id != null && stored.containsKey(id) && !bin.contains(id) ? OptionalLong.of(id) : OptionalLong.empty();
    }

    @Override
    public synchronized void delete(long id) {
        requireKnown(id);
        bin.add(id);
    }

    @Override
    public synchronized void restore(long id) {
        requireKnown(id);
        bin.remove(id);
    }

    @Override
    public Path location() {
        return Path.of("minne");
    }

    @Override
    public void close() {
    }

    private void requireKnown(long id) {
        if (!stored.containsKey(id)) {
            throw new LibraryException(Message.of("library.error.notFound", Long.toString(id)));
        }
    }

    private Instant tick() {
        clock = clock.plusSeconds(60);
        return clock;
    }

    private static AssessmentSummary summary(StoredAssessment s) {
        CaseInfo info = s.assessment().caseInfo();
        return new AssessmentSummary(s.id(), info.title(), info.caseNumber(), info.caseType(), info.unit(),
                s.assessment().status(), s.created(), s.changed());
    }
}
