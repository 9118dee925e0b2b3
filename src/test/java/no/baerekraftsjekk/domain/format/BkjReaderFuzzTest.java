package no.baerekraftsjekk.domain.format;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import no.baerekraftsjekk.domain.analysis.AssessmentAnalyzer;
import no.baerekraftsjekk.domain.text.Language;
import no.baerekraftsjekk.domain.text.Texts;
import no.baerekraftsjekk.usecase.ImportAssessments;
import no.baerekraftsjekk.storage.ImportOutcome;
import no.baerekraftsjekk.storage.SqliteLibrary;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Hostile and broken files, generated from a seed: every field given every wrong type or removed,
 * bytes flipped, cut and inserted, NUL bytes and broken UTF-8, deep nesting, huge strings and
 * numbers, duplicate keys, a BOM. The reader either accepts a file (and then what it read writes and
 * reads back the same) or refuses it with {@link InvalidAssessmentFileException} and Norwegian
 * messages; nothing else escapes, each file takes under two seconds of the reading thread's CPU
 * time (not wall-clock time, which a busy machine stretches), and an import of a refused file
 * leaves the library as it was.
 */
class BkjReaderFuzzTest {
    private static final Texts NB = Texts.of(Language.NB);

    private static final long SEED = 20261123L;
    /** Of the reading thread's CPU time: other work on a busy machine does not count against the reader. */
    private static final long MAX_NANOS_PER_FILE = TimeUnit.SECONDS.toNanos(2);
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    /**
     * Memory is bounded by the size limit: reading (and, when accepted, writing and reading again)
     * allocates at most this many bytes per byte of file, plus a fixed amount for the parser and the rules.
     */
    private static final long MAX_ALLOCATION_PER_BYTE = 40;
    private static final long MAX_ALLOCATION_BASE = 64L * 1024 * 1024;
    private static final com.sun.management.ThreadMXBean THREADS =
            (com.sun.management.ThreadMXBean) java.lang.management.ManagementFactory.getThreadMXBean();

    @TempDir
    Path folder;

    private record Variant(String name, byte[] bytes) {
    }

    @Test
    @Tag("slow")
    void noGeneratedFileEscapesAsAnythingButARefusalAndNoRefusedFileIsHalfImported() throws Exception {
        Random random = new Random(SEED);
        List<Variant> variants = new ArrayList<>();
        wrongTypesAndMissingFields(variants);
        mutatedBytes(variants, random);
        extremes(variants);

        BkjReader reader = new BkjReader();
        List<String> failures = new ArrayList<>();
        int refused = 0;
        int imported = 0;
        long slowest = 0;
        long mostAllocated = 0;
        Path file = folder.resolve("variant.bkj");
        try (SqliteLibrary library = SqliteLibrary.open(folder.resolve("bibliotek.sqlite"))) {
            ImportAssessments importer = new ImportAssessments(library, AssessmentAnalyzer.standard(), reader);
            for (Variant variant : variants) {
                long allocatedBefore = THREADS.getCurrentThreadAllocatedBytes();
                long start = THREADS.getCurrentThreadCpuTime();
                boolean accepted = check(reader, variant, failures);
                long elapsed = THREADS.getCurrentThreadCpuTime() - start;
                long allocated = THREADS.getCurrentThreadAllocatedBytes() - allocatedBefore;
                mostAllocated = Math.max(mostAllocated, allocated);
                if (allocated > MAX_ALLOCATION_PER_BYTE * variant.bytes().length + MAX_ALLOCATION_BASE) {
                    failures.add(variant.name() + ": allocated " + allocated / 1_000_000 + " MB for " + variant.bytes().length + " bytes");
                }
                slowest = Math.max(slowest, elapsed);
                if (elapsed > MAX_NANOS_PER_FILE) {
                    failures.add(variant.name() + ": took " + elapsed / 1_000_000 + " ms");
                }
                if (!accepted) {
                    refused++;
                }
                // Every refused file goes through the importer; of the accepted ones a sample, to keep the library small.
                if (variant.bytes().length < 1_000_000 && (!accepted || variants.indexOf(variant) % 25 == 0)) {
                    Files.write(file, variant.bytes());
                    int before = library.list().size();
                    ImportOutcome outcome = importer.importFile(file, ImportAssessments.DuplicateChoice.always(ImportAssessments.Decision.KEEP_BOTH));
                    imported++;
                    int after = library.list().size();
                    if (outcome.imported() != accepted || after != before + (accepted ? 1 : 0)) {
                        failures.add(variant.name() + ": import stored " + (after - before) + " for a file the reader "
                                + (accepted ? "accepted" : "refused"));
                    }
                }
            }
        }
        System.out.printf("BkjReaderFuzzTest: %d variants, %d refused, %d accepted, %d through the importer, slowest %d ms, most allocated %d MB%n",
                variants.size(), refused, variants.size() - refused, imported, slowest / 1_000_000, mostAllocated / 1_000_000);
        assertThat(failures).isEmpty();
        assertThat(variants.size()).isGreaterThanOrEqualTo(1_000);
        assertThat(refused).isGreaterThan(variants.size() / 2);
    }

    @Test
    void aFileOverTheSizeLimitIsRefusedBeforeItIsRead() throws Exception {
        Path huge = folder.resolve("stor.bkj");
        try (RandomAccessFile sparse = new RandomAccessFile(huge.toFile(), "rw")) {
            sparse.setLength(BkjReader.MAX_FILE_BYTES + 1);
        }
        BkjReader reader = new BkjReader();
        reader.read(ValidFile.bytes()); // loads the classes, so the time below is the refusal alone
        long allocatedBefore = THREADS.getCurrentThreadAllocatedBytes();
        long start = THREADS.getCurrentThreadCpuTime();
        InvalidAssessmentFileException refused = org.assertj.core.api.Assertions.catchThrowableOfType(
                InvalidAssessmentFileException.class, () -> reader.read(huge));
        // CPU time and memory, not wall-clock time: a busy machine must not fail this, a read of 32 MB must.
        assertThat(THREADS.getCurrentThreadCpuTime() - start).isLessThan(TimeUnit.MILLISECONDS.toNanos(500));
        assertThat(THREADS.getCurrentThreadAllocatedBytes() - allocatedBefore).isLessThan(4L * 1024 * 1024);
        assertThat(refused.problems()).singleElement().satisfies(p -> assertThat(NB.format(p.message())).contains("for stor").contains("32 MB"));
    }

    /** Returns whether the reader accepted the file; records anything that breaks the contract. */
    private static boolean check(BkjReader reader, Variant variant, List<String> failures) {
        try {
            ReadResult read = reader.read(variant.bytes());
            ReadResult again = reader.read(new BkjWriter().write(read.assessment()));
            if (!again.assessment().equals(read.assessment())) {
                failures.add(variant.name() + ": accepted, but does not read back the same after writing: "
                        + read.assessment() + " <> " + again.assessment());
            }
            return true;
        } catch (InvalidAssessmentFileException e) {
            if (e.problems().isEmpty() || e.problems().stream().anyMatch(p -> NB.format(p.message()) == null || NB.format(p.message()).isBlank())) {
                failures.add(variant.name() + ": refused without a message");
            }
            if (e.problems().stream().anyMatch(p -> NB.format(p.message()).contains("Exception") || NB.format(p.message()).contains("Unexpected"))) {
                failures.add(variant.name() + ": a technical message " + e.problems());
            }
            return false;
        } catch (Throwable t) {
            failures.add(variant.name() + ": " + t);
            return false;
        }
    }

    private static void wrongTypesAndMissingFields(List<Variant> variants) {
        List<JsonNode> wrong = List.of(NODES.numberNode(7), NODES.numberNode(-1), NODES.numberNode(2.5),
                NODES.numberNode(new java.math.BigInteger("9".repeat(40))), NODES.textNode("tekst"), NODES.textNode(""),
                NODES.booleanNode(true), NODES.nullNode(), NODES.arrayNode(), NODES.objectNode());
        List<String> pointers = new ArrayList<>();
        collectPointers(ValidFile.tree(), "", pointers);
        for (String pointer : pointers) {
            for (JsonNode value : wrong) {
                variants.add(new Variant("type " + pointer + " = " + value, ValidFile.with(root -> replace(root, pointer, value))));
            }
            variants.add(new Variant("removed " + pointer, ValidFile.with(root -> replace(root, pointer, null))));
        }
    }

    private static void collectPointers(JsonNode node, String pointer, List<String> pointers) {
        if (node.isObject()) {
            node.fieldNames().forEachRemaining(name -> {
                pointers.add(pointer + "/" + name);
                collectPointers(node.get(name), pointer + "/" + name, pointers);
            });
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                pointers.add(pointer + "/" + i);
                collectPointers(node.get(i), pointer + "/" + i, pointers);
            }
        }
    }

    /** Sets (or with null removes) the node at the pointer. */
    private static void replace(ObjectNode root, String pointer, JsonNode value) {
        int slash = pointer.lastIndexOf('/');
        JsonNode parent = slash == 0 ? root : root.at(pointer.substring(0, slash));
        String last = pointer.substring(slash + 1);
        if (parent instanceof ObjectNode object) {
            if (value == null) {
                object.remove(last);
            } else {
                object.set(last, value);
            }
        } else if (parent instanceof ArrayNode array) {
            int index = Integer.parseInt(last);
            if (value == null) {
                array.remove(index);
            } else {
                array.set(index, value);
            }
        }
    }

    private static void mutatedBytes(List<Variant> variants, Random random) {
        byte[] valid = ValidFile.bytes();
        byte[][] fragments = {"{".getBytes(), "}".getBytes(), "[".getBytes(), "]".getBytes(), "\"".getBytes(), ",".getBytes(),
                ":".getBytes(), "\\".getBytes(), "\\u0000".getBytes(), "\\ud800".getBytes(), {0}, {(byte) 0xFF}, {(byte) 0xC3},
                {(byte) 0xED, (byte) 0xA0, (byte) 0x80}, {(byte) 0xF4, (byte) 0x90, (byte) 0x80, (byte) 0x80}, {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF},
                "\"goal\":1,".getBytes(), "null".getBytes(), "1e999999".getBytes(), "-0".getBytes(), "\u2028".getBytes(StandardCharsets.UTF_8)};
        for (int i = 0; i < 400; i++) {
            byte[] flipped = valid.clone();
            int flips = 1 + random.nextInt(5);
            for (int f = 0; f < flips; f++) {
                flipped[random.nextInt(flipped.length)] ^= (byte) (1 << random.nextInt(8));
            }
            variants.add(new Variant("bit flips #" + i, flipped));
        }
        for (int i = 0; i < 150; i++) {
            variants.add(new Variant("cut at random #" + i, java.util.Arrays.copyOf(valid, random.nextInt(valid.length))));
        }
        for (int i = 0; i < 300; i++) {
            byte[] fragment = fragments[random.nextInt(fragments.length)];
            int at = random.nextInt(valid.length);
            byte[] inserted = new byte[valid.length + fragment.length];
            System.arraycopy(valid, 0, inserted, 0, at);
            System.arraycopy(fragment, 0, inserted, at, fragment.length);
            System.arraycopy(valid, at, inserted, at + fragment.length, valid.length - at);
            variants.add(new Variant("inserted " + new String(fragment, StandardCharsets.ISO_8859_1) + " at " + at, inserted));
        }
        for (int i = 0; i < 100; i++) {
            byte[] noise = new byte[random.nextInt(2000)];
            random.nextBytes(noise);
            variants.add(new Variant("random bytes #" + i, noise));
        }
    }

    private static void extremes(List<Variant> variants) {
        variants.add(new Variant("arrays nested 10 000 levels", ascii("[".repeat(10_000) + "]".repeat(10_000))));
        variants.add(new Variant("objects nested 10 000 levels", ascii("{\"a\":".repeat(10_000) + "0" + "}".repeat(10_000))));
        String withMarker = new String(ValidFile.with(r -> ValidFile.goal(r, 0).put("justification", "DYP")), StandardCharsets.UTF_8);
        variants.add(new Variant("nesting 10 000 levels in a justification",
                withMarker.replace("\"DYP\"", "[".repeat(10_000) + "]".repeat(10_000)).getBytes(StandardCharsets.UTF_8)));
        variants.add(new Variant("a string of 20 001 characters in every text field", ValidFile.with(r -> {
            ValidFile.caseOf(r).put("description", "x".repeat(20_001));
            r.put("conclusion", "x".repeat(20_001));
        })));
        variants.add(new Variant("a justification of 10 MB", ValidFile.with(r -> ValidFile.goal(r, 0).put("justification", "æ".repeat(5_000_000)))));
        variants.add(new Variant("a string of 21 million characters", ValidFile.with(r -> r.put("conclusion", "a".repeat(21_000_000)))));
        variants.add(new Variant("a number of 5 000 digits", ascii("{\"format\":\"baerekraftsjekk\",\"version\":" + "9".repeat(5_000) + "}")));
        variants.add(new Variant("a field name of 60 000 characters", ascii("{\"" + "n".repeat(60_000) + "\":1}")));
        variants.add(new Variant("20 000 unknown fields", ValidFile.with(r -> {
            for (int i = 0; i < 20_000; i++) {
                r.put("ukjent" + i, i);
            }
        })));
        variants.add(new Variant("a goal with 100 000 targets", ValidFile.with(r -> {
            ArrayNode targets = ValidFile.goal(r, 0).putArray("targets");
            for (int i = 0; i < 100_000; i++) {
                targets.add("1.1");
            }
        })));
        variants.add(new Variant("100 000 conflicts", ValidFile.with(r -> {
            ArrayNode conflicts = r.putArray("conflicts");
            for (int i = 0; i < 100_000; i++) {
                conflicts.addObject().putArray("goals").add(1).add(2);
            }
        })));
        String valid = new String(ValidFile.bytes(), StandardCharsets.UTF_8);
        variants.add(new Variant("duplicate key at the top", (valid.substring(0, valid.length() - 2) + ",\"status\":\"DRAFT\"}").getBytes(StandardCharsets.UTF_8)));
        variants.add(new Variant("duplicate key in a goal", valid.replaceFirst("\"relevance\"", "\"goal\":2,\"relevance\"").getBytes(StandardCharsets.UTF_8)));
        variants.add(new Variant("NUL byte in a title", valid.replace("Ny barneskole", "Ny\u0000barneskole").getBytes(StandardCharsets.UTF_8)));
        variants.add(new Variant("escaped NUL in a title", valid.replace("Ny barneskole", "Ny\\u0000barneskole").getBytes(StandardCharsets.UTF_8)));
        variants.add(new Variant("a lone surrogate in a title", valid.replace("Ny barneskole", "Ny\\ud800barneskole").getBytes(StandardCharsets.UTF_8)));
        byte[] bom = new byte[ValidFile.bytes().length + 3];
        bom[0] = (byte) 0xEF;
        bom[1] = (byte) 0xBB;
        bom[2] = (byte) 0xBF;
        System.arraycopy(ValidFile.bytes(), 0, bom, 3, bom.length - 3);
        variants.add(new Variant("BOM", bom));
        variants.add(new Variant("UTF-16", valid.getBytes(StandardCharsets.UTF_16)));
        variants.add(new Variant("Latin-1", valid.getBytes(StandardCharsets.ISO_8859_1)));
        variants.add(new Variant("exactly the size limit of spaces", new byte[(int) BkjReader.MAX_FILE_BYTES]));
        variants.add(new Variant("one byte over the size limit", new byte[(int) BkjReader.MAX_FILE_BYTES + 1]));
    }

    private static byte[] ascii(String text) {
        return text.getBytes(StandardCharsets.US_ASCII);
    }
}
