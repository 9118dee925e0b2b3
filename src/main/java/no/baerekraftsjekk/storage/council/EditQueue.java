package no.baerekraftsjekk.storage.council;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import no.baerekraftsjekk.domain.Assessment;
import no.baerekraftsjekk.domain.text.Message;
import no.baerekraftsjekk.domain.format.FileWriteException;
import no.baerekraftsjekk.domain.format.InvalidAssessmentFileException;
import no.baerekraftsjekk.domain.format.SafeFileWriter;
import no.baerekraftsjekk.storage.LibraryException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Edits for the council library kept in the data folder while the server cannot be reached, one
 * file each, in the order they were made. A file is written whole and flushed to disk before the
 * edit counts as kept (see {@link SafeFileWriter}), so a crash or a power cut keeps it too. The
 * file name starts with a sequence number, so the order survives a restart of the program.
 */
public final class EditQueue {
    /** The folder in the data folder. */
    public static final String FOLDER = "kommunebibliotek-venter";
    private static final Logger LOG = LoggerFactory.getLogger(EditQueue.class);
    private static final ObjectMapper JSON = JsonMapper.builder().build();
    private static final String SUFFIX = ".endring.json";

    private final Path folder;
    private final no.baerekraftsjekk.storage.LibraryDocument documents = new no.baerekraftsjekk.storage.LibraryDocument();
    /** What is on disk, read once at start: every later change goes through this object. */
    private final java.util.TreeMap<Path, PendingEdit> kept = new java.util.TreeMap<>();
    private long nextSequence;

    public EditQueue(Path folder) {
        this.folder = folder;
        try {
            Files.createDirectories(folder);
        } catch (IOException e) {
            throw new LibraryException(Message.of("council.queue.folder", folder), e);
        }
        List<Path> files = files();
        nextSequence = files.stream().mapToLong(EditQueue::sequence).max().orElse(0) + 1;
        for (Path file : files) {
            try {
                kept.put(file, read(file));
            } catch (IOException | InvalidAssessmentFileException | RuntimeException e) {
                LOG.warn("Kept edit {} cannot be read and is left in place: {}", file, e.getMessage());
            }
        }
    }

    public static EditQueue in(Path dataFolder) {
        return new EditQueue(dataFolder.resolve(FOLDER));
    }

    /** Keeps the edit on disk; returns once it would survive a crash. */
    public synchronized void add(PendingEdit edit) {
        ObjectNode node = JSON.createObjectNode();
        node.put("editId", edit.editId().toString());
        node.put("assessmentId", edit.assessmentId());
        node.put("baseVersion", edit.baseVersion());
        node.put("keptAt", edit.keptAt().toString());
        node.put("title", edit.assessment().caseInfo().title());
        try {
            node.set("document", JSON.readTree(documents.write(edit.assessment())));
            byte[] bytes = JSON.writeValueAsBytes(node);
            Path file = folder.resolve(String.format("%020d-%s%s", nextSequence++, edit.editId(), SUFFIX));
            SafeFileWriter.write(file, out -> out.write(bytes));
            kept.put(file, edit);
        } catch (IOException | FileWriteException e) {
            throw new LibraryException(Message.of("council.queue.write", folder, String.valueOf(e.getMessage())), e);
        }
    }

    /** Every kept edit, oldest first. A file that cannot be read is left where it is and logged. */
    public synchronized List<PendingEdit> pending() {
        return new ArrayList<>(kept.values());
    }

    public synchronized boolean isEmpty() {
        return kept.isEmpty();
    }

    /** Forgets an edit the server has (or that the caseworker chose to drop). */
    public synchronized void remove(UUID editId) {
        var entries = kept.entrySet().iterator();
        while (entries.hasNext()) {
            var entry = entries.next();
            if (entry.getValue().editId().equals(editId)) {
                try {
                    Files.deleteIfExists(entry.getKey());
                } catch (IOException e) {
                    throw new LibraryException(Message.of("council.queue.write", folder, String.valueOf(e.getMessage())), e);
                }
                entries.remove();
            }
        }
    }

    private PendingEdit read(Path file) throws IOException, InvalidAssessmentFileException {
        JsonNode node = JSON.readTree(Files.readAllBytes(file));
        Assessment assessment = documents.read(JSON.writeValueAsBytes(node.get("document")));
        String title = node.path("title").asText(assessment.caseInfo().title());
        if (!title.equals(assessment.caseInfo().title())) {
            assessment = assessment.withCaseInfo(assessment.caseInfo().withTitle(title));
        }
        return new PendingEdit(UUID.fromString(node.get("editId").asText()), node.get("assessmentId").asLong(),
                node.get("baseVersion").asLong(), assessment, Instant.parse(node.get("keptAt").asText()));
    }

    private List<Path> files() {
        List<Path> files = new ArrayList<>();
        try (DirectoryStream<Path> stream = Files.newDirectoryStream(folder, "*" + SUFFIX)) {
            stream.forEach(files::add);
        } catch (IOException e) {
            throw new LibraryException(Message.of("council.queue.read", folder, String.valueOf(e.getMessage())), e);
        }
        files.sort(null);
        return files;
    }

    private static long sequence(Path file) {
        String name = file.getFileName().toString();
        try {
            return Long.parseLong(name.substring(0, name.indexOf('-')));
        } catch (RuntimeException e) {
            return 0;
        }
    }

}
