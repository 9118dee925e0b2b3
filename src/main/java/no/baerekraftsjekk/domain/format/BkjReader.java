package no.baerekraftsjekk.domain.format;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import no.baerekraftsjekk.domain.Alternative;
import no.baerekraftsjekk.domain.Assessment;
import no.baerekraftsjekk.domain.ConflictHandling;
import no.baerekraftsjekk.domain.GoalAssessment;
import no.baerekraftsjekk.domain.Recommendation;
import no.baerekraftsjekk.domain.Dimension;
import no.baerekraftsjekk.domain.GoalCatalog;
import no.baerekraftsjekk.domain.Review;
import no.baerekraftsjekk.domain.Status;
import no.baerekraftsjekk.domain.text.Language;
import no.baerekraftsjekk.domain.text.Message;

/**
 * Reads a {@code .bkj} file exactly as the format spec says: accepts every valid file, refuses every
 * invalid one with the path and a Norwegian message, and warns about what it removed or ignored.
 */
public final class BkjReader {
    public static final String FORMAT = "baerekraftsjekk";
    public static final List<Integer> VERSIONS = List.of(1, 2);
    /** The version this program writes; {@code export-bkj --format-version 1} writes the older one. */
    public static final int CURRENT_VERSION = 2;
    private static final java.util.Set<String> VERSION_1_FIELDS = java.util.Set.of("format", "version", "case", "goals",
            "dimensions", "conflicts", "collaboration", "conclusion", "status");
    private static final java.util.Set<String> VERSION_2_FIELDS = java.util.Set.of("format", "version", "id", "language",
            "case", "goals", "dimensions", "conflicts", "collaboration", "conclusion", "status", "review", "alternatives",
            "recommendation");
    /** Files larger than this are refused before parsing; the largest valid file is far smaller. */
    public static final long MAX_FILE_BYTES = 32L * 1024 * 1024;

    /**
     * Made on first read: the library screen holds a reader for imports from its start, and Jackson's
     * set-up (460 classes) would otherwise be on the way to the window's usable library.
     */
    private static final class Json {
        static final ObjectMapper MAPPER = JsonMapper.builder(JsonFactory.builder()
                        .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(64).build())
                        .build())
                .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .build();
    }

    private final GoalCatalog catalog;

    public BkjReader(GoalCatalog catalog) {
        this.catalog = catalog;
    }

    public BkjReader() {
        this(GoalCatalog.standard());
    }

    public ReadResult read(Path file) throws InvalidAssessmentFileException {
        byte[] bytes;
        if (Files.isDirectory(file)) {
            throw InvalidAssessmentFileException.unreadable(Message.of("format.error.isFolder", file));
        }
        if (Files.exists(file) && !Files.isRegularFile(file)) {
            // A pipe would wait for a writer forever, /dev/zero never ends: only plain files are read.
            throw InvalidAssessmentFileException.unreadable(Message.of("format.error.notRegular", file));
        }
        try {
            if (Files.size(file) > MAX_FILE_BYTES) {
                throw InvalidAssessmentFileException.unreadable(Message.of("format.error.fileTooLarge", file, MAX_FILE_BYTES / (1024 * 1024)));
            }
            // Bounded also while reading: the file may grow after its size was looked at.
            try (java.io.InputStream in = Files.newInputStream(file)) {
                bytes = in.readNBytes((int) MAX_FILE_BYTES + 1);
            }
            if (bytes.length > MAX_FILE_BYTES) {
                throw InvalidAssessmentFileException.unreadable(Message.of("format.error.fileTooLarge", file, MAX_FILE_BYTES / (1024 * 1024)));
            }
        } catch (NoSuchFileException e) {
            throw InvalidAssessmentFileException.unreadable(Message.of("format.error.fileMissing", file));
        } catch (AccessDeniedException e) {
            throw InvalidAssessmentFileException.unreadable(Message.of("format.error.fileNotReadable", file));
        } catch (IOException e) {
            throw InvalidAssessmentFileException.unreadable(Message.of("format.error.fileIo", file, String.valueOf(e.getMessage())));
        }
        return read(bytes);
    }

    public ReadResult read(byte[] bytes) throws InvalidAssessmentFileException {
        if (bytes.length > MAX_FILE_BYTES) {
            throw InvalidAssessmentFileException.unreadable(Message.of("format.error.bytesTooLarge", MAX_FILE_BYTES / (1024 * 1024)));
        }
        if (bytes.length == 0) {
            throw InvalidAssessmentFileException.unreadable(Message.of("format.error.empty"));
        }
        if (bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF) {
            throw InvalidAssessmentFileException.unreadable(Message.of("format.error.bom"));
        }
        String text = decodeUtf8(bytes);
        JsonNode root;
        try {
            root = Json.MAPPER.readTree(text);
        } catch (StreamConstraintsException e) {
            // Jackson's limits: nesting depth, or the length of one string, number or field name.
            boolean nesting = String.valueOf(e.getMessage()).toLowerCase(java.util.Locale.ROOT).contains("nesting");
            throw InvalidAssessmentFileException.unreadable(Message.of(nesting ? "format.error.tooDeep" : "format.error.valueTooLarge"));
        } catch (JsonParseException e) {
            String detail = e.getOriginalMessage();
            if (detail != null && detail.startsWith("Duplicate field")) {
                throw InvalidAssessmentFileException.unreadable(Message.of("format.error.duplicateKey",
                        detail.replaceAll("^Duplicate field '(.*)'$", "$1"), e.getLocation().getLineNr()));
            }
            throw InvalidAssessmentFileException.unreadable(Message.of("format.error.notJson", e.getLocation().getLineNr(), e.getLocation().getColumnNr()));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            // FAIL_ON_TRAILING_TOKENS: a second value after the first, e.g. two JSON objects in a row.
            var where = e.getLocation();
            throw InvalidAssessmentFileException.unreadable(where == null
                    ? Message.of("format.error.notJson", 1, 1)
                    : Message.of("format.error.trailing", where.getLineNr(), where.getColumnNr()));
        } catch (IOException e) {
            throw InvalidAssessmentFileException.unreadable(Message.of("format.error.notJson", 1, 1));
        }
        if (root == null || root.isMissingNode()) {
            throw InvalidAssessmentFileException.unreadable(Message.of("format.error.empty"));
        }
        return interpret(root);
    }

    private static String decodeUtf8(byte[] bytes) throws InvalidAssessmentFileException {
        try {
            return strictUtf8(bytes, bytes.length);
        } catch (CharacterCodingException e) {
            int cut = startOfIncompleteLastCharacter(bytes);
            if (cut >= 0) {
                try {
                    strictUtf8(bytes, cut);
                    // Valid UTF-8 up to a character cut in half at the very end: a file cut off, not another encoding.
                    throw InvalidAssessmentFileException.unreadable(Message.of("format.error.truncated"));
                } catch (CharacterCodingException notThat) {
                    // falls through: the file is broken before its end too
                }
            }
            throw InvalidAssessmentFileException.unreadable(Message.of("format.error.notUtf8"));
        }
    }

    private static String strictUtf8(byte[] bytes, int length) throws CharacterCodingException {
        return StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT)
                .decode(ByteBuffer.wrap(bytes, 0, length))
                .toString();
    }

    /** Where a multi-byte character that the file ends in the middle of begins, or -1. */
    private static int startOfIncompleteLastCharacter(byte[] bytes) {
        for (int i = bytes.length - 1; i >= Math.max(0, bytes.length - 3); i--) {
            int b = bytes[i] & 0xFF;
            if ((b & 0xC0) == 0x80) {
                continue;
            }
            int length = (b & 0xE0) == 0xC0 ? 2 : (b & 0xF0) == 0xE0 ? 3 : (b & 0xF8) == 0xF0 ? 4 : 1;
            return length > bytes.length - i ? i : -1;
        }
        return -1;
    }

    private ReadResult interpret(JsonNode root) throws InvalidAssessmentFileException {
        FieldReader fields = new FieldReader();
        if (!root.isObject()) {
            fields.error("", "format.error.rootNotObject");
            throw invalid(fields, root);
        }
        checkFormatAndVersion(root, fields);
        if (fields.errorCount() > 0) {
            // A foreign or newer file: its other fields mean something else, so stop here.
            throw invalid(fields, root);
        }
        int version = root.get("version").intValue();
        fields.readingVersion(version);
        fields.warnUnknownFields(root, "", version == 1 ? VERSION_1_FIELDS : VERSION_2_FIELDS);

        var caseInfo = new CaseReader(fields, version).read(root);
        AlternativesReader alternativesReader = new AlternativesReader(fields, catalog);
        // Version 1 has no alternatives: there the field is unknown, warned about above and ignored.
        List<Alternative> alternatives = version >= 2 ? alternativesReader.read(root) : List.of();
        Recommendation recommendation = version >= 2 ? alternativesReader.recommendation(root, alternatives) : null;
        boolean withAlternatives = version >= 2 && !FieldReader.absent(root, "alternatives");
        // Beside alternatives the file's own goals, dimensions and conflicts are an error (named above), not read.
        var goals = withAlternatives ? Map.<Integer, GoalAssessment>of() : new GoalsReader(fields, catalog, version).read(root);
        Map<Dimension, String> dimensions = withAlternatives ? Map.of() : new DimensionsReader(fields).read(root, "");
        var conflicts = withAlternatives ? List.<ConflictHandling>of() : new ConflictsReader(fields).read(root);
        String collaboration = fields.optionalString(root, "", "collaboration");
        String conclusion = fields.optionalString(root, "", "conclusion");
        int errorsBeforeStatus = fields.errorCount();
        Status status = fields.enumValue(root, "", "status", Status.class, false, Status.DRAFT);
        boolean statusValid = fields.errorCount() == errorsBeforeStatus;
        Version2Reader version2 = new Version2Reader(fields);
        // A version 1 file has no id: it gets one when it is stored, as every new assessment does.
        java.util.UUID id = version >= 2 ? version2.id(root) : null;
        Language language = version >= 2 ? version2.language(root) : Language.NB;
        Review review = version >= 2 ? version2.review(root, statusValid ? status : null) : null;

        if (fields.errorCount() > 0) {
            throw invalid(fields, root);
        }
        Assessment assessment = new Assessment(caseInfo, goals, dimensions, conflicts, collaboration, conclusion, status,
                id, language, review, java.util.List.of(), "", alternatives, recommendation);
        return new ReadResult(assessment, fields.warnings(), version);
    }

    private static void checkFormatAndVersion(JsonNode root, FieldReader fields) {
        JsonNode format = root.get("format");
        if (format == null || format.isNull()) {
            fields.error("format", "format.error.formatMissing");
        } else if (!format.isTextual() || !FORMAT.equals(format.textValue())) {
            fields.error("format", "format.error.formatWrong", format.toString());
        }
        JsonNode version = root.get("version");
        if (version == null || version.isNull()) {
            fields.error("version", "format.error.required");
        } else if (!version.isIntegralNumber()) {
            fields.error("version", "format.error.notInteger");
        } else if (!version.canConvertToInt() || !VERSIONS.contains(version.intValue())) {
            fields.error("version", "format.error.versionUnknown", version.asText(), VERSIONS.toString().replaceAll("[\\[\\]]", ""));
        }
    }

    private static InvalidAssessmentFileException invalid(FieldReader fields, JsonNode root) {
        List<FileProblem> placed = fields.errors().stream().map(p -> p.inPlace(PlainPlace.of(p.path(), root))).toList();
        return new InvalidAssessmentFileException(InvalidAssessmentFileException.Reason.INVALID, placed, fields.errorCount());
    }
}
