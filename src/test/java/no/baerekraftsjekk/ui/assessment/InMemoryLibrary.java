package no.baerekraftsjekk.ui.assessment;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import no.baerekraftsjekk.domain.Assessment;
import no.baerekraftsjekk.storage.AssessmentLibrary;
import no.baerekraftsjekk.storage.AssessmentSummary;
import no.baerekraftsjekk.storage.LibraryException;
import no.baerekraftsjekk.storage.StoredAssessment;

/** A library in memory for the editor's tests; it can be told to fail the next saves. */
final class InMemoryLibrary implements AssessmentLibrary {
    private final Map<Long, StoredAssessment> stored = new ConcurrentHashMap<>();
    private final Map<String, Long> files = new ConcurrentHashMap<>();
    private final AtomicLong nextId = new AtomicLong(1);
    private final List<Assessment> saves = new CopyOnWriteArrayList<>();
    private final AtomicInteger failuresLeft = new AtomicInteger();

    @Override
    public StoredAssessment create(Assessment assessment) {
        long id = nextId.getAndIncrement();
        StoredAssessment value = new StoredAssessment(id, assessment, Instant.now(), Instant.now());
        stored.put(id, value);
        return value;
    }

    @Override
    public StoredAssessment save(long id, Assessment assessment) {
        if (failuresLeft.getAndUpdate(n -> Math.max(0, n - 1)) > 0) {
            throw new LibraryException("Disken er full.");
        }
        StoredAssessment old = stored.get(id);
        if (old == null) {
            throw new LibraryException("Finnes ikke: " + id);
        }
        StoredAssessment value = new StoredAssessment(id, assessment, old.created(), Instant.now());
        stored.put(id, value);
        saves.add(assessment);
        return value;
    }

    void failNextSaves(int count) {
        failuresLeft.set(count);
    }

    /** Every value written, in the order written. */
    List<Assessment> saves() {
        return saves;
    }

    Assessment get(long id) {
        return stored.get(id).assessment();
    }

    @Override
    public Optional<StoredAssessment> find(long id) {
        return Optional.ofNullable(stored.get(id));
    }

    @Override
    public List<AssessmentSummary> list() {
        List<AssessmentSummary> result = new ArrayList<>();
        stored.values().forEach(s -> result.add(new AssessmentSummary(s.id(), s.assessment().caseInfo().title(),
                s.assessment().caseInfo().caseNumber(), s.assessment().caseInfo().caseType(),
                s.assessment().caseInfo().unit(), s.assessment().status(), s.created(), s.changed())));
        return result;
    }

    @Override
    public List<AssessmentSummary> search(String query) {
        return list();
    }

    @Override
    public void rememberFile(long id, String sha256) {
        files.put(sha256, id);
    }

    @Override
    public OptionalLong findByFile(String sha256) {
        Long id = files.get(sha256);
        return id != null && stored.containsKey(id) ? OptionalLong.of(id) : OptionalLong.empty();
    }

    @Override
    public void delete(long id) {
        stored.remove(id);
    }

    @Override
    public void restore(long id) {
    }

    @Override
    public Path location() {
        return Path.of("minne");
    }

    @Override
    public void close() {
    }
}
