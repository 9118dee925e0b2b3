package no.baerekraftsjekk.ui.library;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.TreeSet;
import no.baerekraftsjekk.domain.Assessment;
import no.baerekraftsjekk.domain.CaseInfo;
import no.baerekraftsjekk.storage.AssessmentLibrary;
import no.baerekraftsjekk.storage.AssessmentSummary;
import no.baerekraftsjekk.storage.LibraryException;
import no.baerekraftsjekk.storage.StoredAssessment;

/** A library in memory for view-model tests: same contract as the SQLite one, each change one second later. */
final class InMemoryLibrary implements AssessmentLibrary {
    private final Map<Long, StoredAssessment> stored = new LinkedHashMap<>();
    private final Set<Long> bin = new TreeSet<>();
    private final Map<String, Long> files = new LinkedHashMap<>();
    private long nextId = 1;
    private Instant clock = Instant.parse("2026-11-23T08:00:00Z");

    @Override
    public synchronized StoredAssessment create(Assessment assessment) {
        Instant now = tick();
        StoredAssessment value = new StoredAssessment(nextId++, assessment, now, now);
        stored.put(value.id(), value);
        return value;
    }

    @Override
    public synchronized StoredAssessment save(long id, Assessment assessment) {
        StoredAssessment old = find(id).orElseThrow(() -> new LibraryException("Finner ikke vurdering nr. " + id));
        StoredAssessment value = new StoredAssessment(id, assessment, old.created(), tick());
        stored.put(id, value);
        return value;
    }

    @Override
    public synchronized Optional<StoredAssessment> find(long id) {
        return bin.contains(id) ? Optional.empty() : Optional.ofNullable(stored.get(id));
    }

    @Override
    public synchronized List<AssessmentSummary> list() {
        return stored.values().stream()
                .filter(s -> !bin.contains(s.id()))
                .sorted(Comparator.comparing(StoredAssessment::changed).reversed())
                .map(InMemoryLibrary::summary)
                .toList();
    }

    /** When set, a search for {@link #slowQuery} waits for this gate, as a slow disk would. */
    volatile java.util.concurrent.CountDownLatch gate;
    volatile String slowQuery;

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
        List<String> words = List.of(query.toLowerCase(Locale.ROOT).strip().split("\\s+"));
        List<AssessmentSummary> found = new ArrayList<>();
        for (AssessmentSummary s : list()) {
            String text = (s.title() + " " + s.caseNumber() + " " + s.unit()).toLowerCase(Locale.ROOT);
            if (words.stream().allMatch(text::contains)) {
                found.add(s);
            }
        }
        return found;
    }

    @Override
    public synchronized void rememberFile(long id, String sha256) {
        files.put(sha256, id);
    }

    @Override
    public synchronized OptionalLong findByFile(String sha256) {
        Long id = files.get(sha256);
        return id != null && stored.containsKey(id) && !bin.contains(id) ? OptionalLong.of(id) : OptionalLong.empty();
    }

    @Override
    public synchronized void delete(long id) {
        bin.add(id);
    }

    @Override
    public synchronized void restore(long id) {
        bin.remove(id);
    }

    synchronized boolean isDeleted(long id) {
        return bin.contains(id);
    }

    @Override
    public Path location() {
        return Path.of("minne");
    }

    @Override
    public void close() {
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
