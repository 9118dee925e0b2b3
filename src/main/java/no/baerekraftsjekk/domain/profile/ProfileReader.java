package no.baerekraftsjekk.domain.profile;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import no.baerekraftsjekk.domain.DimensionMapping;
import no.baerekraftsjekk.domain.Goal;
import no.baerekraftsjekk.domain.GoalCatalog;
import no.baerekraftsjekk.domain.InvalidMappingException;
import no.baerekraftsjekk.domain.text.Language;
import no.baerekraftsjekk.domain.text.Message;

/**
 * Reads a council's profile file ({@value #FILE_NAME}, UTF-8 JSON; the format is described in the
 * README, section «Kommunens profil»). Strict, because a person edits it by hand and a typo must not
 * quietly change what every caseworker sees: an unknown field, a goal that does not exist, a logo
 * that is not a PNG or an SVG, all refuse the whole profile, and every fault found is named with its
 * line and field. Files the profile names (logo, template, dimension mapping) are found relative to
 * the profile's own folder.
 */
public final class ProfileReader {
    public static final String FILE_NAME = "profil.json";
    public static final String FORMAT = "baerekraftsjekk-profil";
    public static final int VERSION = 1;
    /** A profile of a few hundred goals is far smaller; a larger file is not a profile. */
    static final long MAX_FILE_BYTES = 1024 * 1024;
    /** Logos and templates are small; a larger file is a mistake, and would slow every report. */
    static final long MAX_LOGO_BYTES = 2L * 1024 * 1024;
    static final long MAX_TEMPLATE_BYTES = 10L * 1024 * 1024;
    static final int MAX_TEXT = 300;
    static final int MAX_DESCRIPTION = 2000;
    static final int MAX_REPORTED = 20;

    private static final Set<String> FIELDS = Set.of("format", "version", "organisation", "logo", "language",
            "wordTemplate", "dimensionMapping", "units", "committees", "exemptionBases", "localGoals");
    private static final Set<String> GOAL_FIELDS = Set.of("id", "title", "description", "goals", "targets");

    /**
     * Made on first use: a data folder without a profile file then never loads Jackson on the way
     * to the window's usable library (its 460 classes would otherwise join the start-up cache).
     */
    private static final class Json {
        static final ObjectMapper MAPPER = JsonMapper.builder(JsonFactory.builder()
                        .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(16).build())
                        .build())
                .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .build();
    }

    private final GoalCatalog catalog;

    public ProfileReader(GoalCatalog catalog) {
        this.catalog = catalog;
    }

    public ProfileReader() {
        this(GoalCatalog.standard());
    }

    /**
     * @throws InvalidProfileException when the file cannot be read or breaks the format, naming
     *     every fault with its line and field
     */
    public CouncilProfile read(Path file) throws InvalidProfileException {
        String text = text(file);
        JsonNode root;
        try {
            root = Json.MAPPER.readTree(text);
        } catch (JsonProcessingException e) {
            int line = e.getLocation() == null ? 0 : e.getLocation().getLineNr();
            throw new InvalidProfileException(file, List.of(new ProfileProblem(Math.max(line, 0), "",
                    Message.of("profile.error.syntax", e.getOriginalMessage()))));
        }
        JsonLines lines;
        try {
            lines = JsonLines.of(text);
        } catch (IOException e) {
            throw new IllegalStateException("A text Jackson parsed once could not be parsed again", e);
        }
        return new Run(file, root, lines).read();
    }

    private static String text(Path file) throws InvalidProfileException {
        try {
            if (Files.size(file) > MAX_FILE_BYTES) {
                throw whole(file, Message.of("profile.error.tooLarge", MAX_FILE_BYTES / 1024));
            }
            byte[] bytes = Files.readAllBytes(file);
            String text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
            return text.startsWith("\uFEFF") ? text.substring(1) : text;
        } catch (CharacterCodingException e) {
            throw whole(file, Message.of("profile.error.notUtf8"));
        } catch (IOException e) {
            if (e instanceof InvalidProfileException invalid) {
                throw invalid;
            }
            throw whole(file, Message.of("profile.error.unreadable", String.valueOf(e.getMessage())));
        }
    }

    private static InvalidProfileException whole(Path file, Message message) {
        return new InvalidProfileException(file, List.of(new ProfileProblem(0, "", message)));
    }

    /** The reading of one file: the faults found so far, and where each field is. */
    private final class Run {
        private final Path file;
        private final Path folder;
        private final JsonNode root;
        private final JsonLines lines;
        private final List<ProfileProblem> problems = new ArrayList<>();
        private int count;

        Run(Path file, JsonNode root, JsonLines lines) {
            this.file = file;
            this.folder = file.toAbsolutePath().getParent();
            this.root = root;
            this.lines = lines;
        }

        CouncilProfile read() throws InvalidProfileException {
            if (!root.isObject()) {
                error("", "profile.error.notObject");
                throw failure();
            }
            unknownFields(root, "", FIELDS);
            String format = requiredText(root, "format", MAX_TEXT);
            if (format != null && !format.equals(FORMAT)) {
                error("format", "profile.error.format", format, FORMAT);
            }
            JsonNode version = root.get("version");
            if (version == null || version.isNull()) {
                error("version", "profile.error.required");
            } else if (!version.isIntegralNumber() || version.asLong() != VERSION) {
                error("version", "profile.error.version", version.toString(), VERSION);
            }
            String organisation = requiredText(root, "organisation", MAX_TEXT);
            Optional<Logo> logo = logo();
            Optional<Language> language = language();
            Optional<Path> template = template();
            Optional<DimensionMapping> mapping = mapping();
            List<String> units = texts("units");
            List<String> committees = texts("committees");
            List<String> bases = texts("exemptionBases");
            List<LocalGoal> goals = localGoals();
            if (!problems.isEmpty() || count > 0) {
                throw failure();
            }
            return new CouncilProfile(organisation, logo, goals, units, committees, bases, language, template, mapping);
        }

        private InvalidProfileException failure() {
            List<ProfileProblem> shown = new ArrayList<>(problems);
            if (count > MAX_REPORTED) {
                shown.add(new ProfileProblem(0, "", Message.of("profile.error.more", count - MAX_REPORTED)));
            }
            return new InvalidProfileException(file, shown);
        }

        private void error(String path, String key, Object... args) {
            count++;
            if (count <= MAX_REPORTED) {
                problems.add(new ProfileProblem(lines.lineOf(path), path, Message.of(key, args)));
            }
        }

        private void unknownFields(JsonNode object, String parent, Set<String> known) {
            for (Iterator<String> names = object.fieldNames(); names.hasNext(); ) {
                String name = names.next();
                if (!known.contains(name)) {
                    error(path(parent, name), "profile.error.unknownField", name);
                }
            }
        }

        private String requiredText(JsonNode node, String field, int max) {
            return text(node, "", field, true, max);
        }

        /** A text field: null when absent (an error if required) or broken; never blank. */
        private String text(JsonNode node, String parent, String field, boolean required, int max) {
            String path = path(parent, field);
            JsonNode value = node.get(field);
            if (value == null || value.isNull()) {
                if (required) {
                    error(path, "profile.error.required");
                }
                return null;
            }
            return text(value, path, max);
        }

        private String text(JsonNode value, String path, int max) {
            if (!value.isTextual()) {
                error(path, "profile.error.notText");
                return null;
            }
            String text = value.textValue().strip();
            if (text.isEmpty()) {
                error(path, "profile.error.blank");
                return null;
            }
            if (text.codePointCount(0, text.length()) > max) {
                error(path, "profile.error.tooLong", max);
                return null;
            }
            if (text.chars().anyMatch(c -> c < 0x20 && c != '\n' && c != '\t')) {
                error(path, "profile.error.control");
                return null;
            }
            return text;
        }

        /** A list of choices (units, committees, exemption bases): texts, each once. */
        private List<String> texts(String field) {
            JsonNode array = array(root, "", field);
            if (array == null) {
                return List.of();
            }
            List<String> values = new ArrayList<>();
            Map<String, Integer> seen = new HashMap<>();
            for (int i = 0; i < array.size(); i++) {
                String path = field + "[" + i + "]";
                String value = text(array.get(i), path, MAX_TEXT);
                if (value == null) {
                    continue;
                }
                Integer earlier = seen.putIfAbsent(value.toLowerCase(Locale.ROOT), i);
                if (earlier != null) {
                    error(path, "profile.error.duplicate", value, field + "[" + earlier + "]");
                    continue;
                }
                if (value.contains("\n")) {
                    error(path, "profile.error.oneLine");
                    continue;
                }
                values.add(value);
            }
            return values;
        }

        private JsonNode array(JsonNode node, String parent, String field) {
            JsonNode value = node.get(field);
            if (value == null || value.isNull()) {
                return null;
            }
            if (!value.isArray()) {
                error(path(parent, field), "profile.error.notArray");
                return null;
            }
            return value;
        }

        private Optional<Language> language() {
            String code = text(root, "", "language", false, MAX_TEXT);
            if (code == null) {
                return Optional.empty();
            }
            Optional<Language> language = Language.ofCode(code);
            if (language.isEmpty()) {
                error("language", "profile.error.language", code);
            }
            return language;
        }

        /** A file the profile names, relative to the profile's folder; null (with an error) when it is not a readable file. */
        private Path namedFile(String field, long maxBytes) {
            String name = text(root, "", field, false, MAX_TEXT);
            if (name == null) {
                return null;
            }
            Path named;
            try {
                named = folder.resolve(name).normalize();
            } catch (InvalidPathException e) {
                error(field, "profile.error.badPath", name);
                return null;
            }
            if (!Files.exists(named)) {
                error(field, "profile.error.missingFile", named);
                return null;
            }
            if (!Files.isRegularFile(named) || !Files.isReadable(named)) {
                error(field, "profile.error.notFile", named);
                return null;
            }
            try {
                if (Files.size(named) > maxBytes) {
                    error(field, "profile.error.fileTooLarge", named, maxBytes / 1024);
                    return null;
                }
            } catch (IOException e) {
                error(field, "profile.error.notFile", named);
                return null;
            }
            return named;
        }

        private Optional<Logo> logo() {
            Path named = namedFile("logo", MAX_LOGO_BYTES);
            if (named == null) {
                return Optional.empty();
            }
            String lower = named.getFileName().toString().toLowerCase(Locale.ROOT);
            LogoFormat format = lower.endsWith(".png") ? LogoFormat.PNG : lower.endsWith(".svg") ? LogoFormat.SVG : null;
            if (format == null) {
                error("logo", "profile.error.logoType", named.getFileName());
                return Optional.empty();
            }
            Optional<Message> fault = LogoCheck.fault(named, format);
            if (fault.isPresent()) {
                count++;
                if (count <= MAX_REPORTED) {
                    problems.add(new ProfileProblem(lines.lineOf("logo"), "logo", fault.get()));
                }
                return Optional.empty();
            }
            return Optional.of(new Logo(named, format));
        }

        private Optional<Path> template() {
            Path named = namedFile("wordTemplate", MAX_TEMPLATE_BYTES);
            if (named == null) {
                return Optional.empty();
            }
            String lower = named.getFileName().toString().toLowerCase(Locale.ROOT);
            if (!lower.endsWith(".dotx") && !lower.endsWith(".docx")) {
                error("wordTemplate", "profile.error.templateType", named.getFileName());
                return Optional.empty();
            }
            if (!startsWithZip(named)) {
                error("wordTemplate", "profile.error.templateNotWord", named.getFileName());
                return Optional.empty();
            }
            return Optional.of(named);
        }

        private Optional<DimensionMapping> mapping() {
            Path named = namedFile("dimensionMapping", Long.MAX_VALUE);
            if (named == null) {
                return Optional.empty();
            }
            try {
                return Optional.of(DimensionMapping.loadFrom(named));
            } catch (InvalidMappingException e) {
                count++;
                if (count <= MAX_REPORTED) {
                    problems.add(new ProfileProblem(lines.lineOf("dimensionMapping"), "dimensionMapping", e.explanation()));
                }
            } catch (IOException e) {
                error("dimensionMapping", "profile.error.notFile", named);
            }
            return Optional.empty();
        }

        private List<LocalGoal> localGoals() {
            JsonNode array = array(root, "", "localGoals");
            if (array == null) {
                return List.of();
            }
            List<LocalGoal> goals = new ArrayList<>();
            Map<String, String> ids = new HashMap<>();
            for (int i = 0; i < array.size(); i++) {
                String path = "localGoals[" + i + "]";
                JsonNode node = array.get(i);
                if (!node.isObject()) {
                    error(path, "profile.error.notObject");
                    continue;
                }
                int before = count;
                unknownFields(node, path, GOAL_FIELDS);
                String id = text(node, path, "id", true, 40);
                if (id != null) {
                    String earlier = ids.putIfAbsent(id.toLowerCase(Locale.ROOT), path);
                    if (earlier != null) {
                        error(path(path, "id"), "profile.error.duplicate", id, earlier);
                    }
                }
                String title = text(node, path, "title", true, MAX_TEXT);
                String description = text(node, path, "description", false, MAX_DESCRIPTION);
                List<Integer> linkedGoals = goalNumbers(node, path);
                List<String> targets = targets(node, path);
                if (linkedGoals.isEmpty() && targets.isEmpty() && count == before) {
                    error(path, "profile.error.unlinked");
                }
                if (count == before) {
                    goals.add(new LocalGoal(id, title, description, linkedGoals, targets));
                }
            }
            return goals;
        }

        private List<Integer> goalNumbers(JsonNode node, String parent) {
            JsonNode array = array(node, parent, "goals");
            List<Integer> numbers = new ArrayList<>();
            if (array == null) {
                return numbers;
            }
            for (int i = 0; i < array.size(); i++) {
                String path = path(parent, "goals") + "[" + i + "]";
                JsonNode value = array.get(i);
                if (!value.isIntegralNumber() || !value.canConvertToInt() || !Goal.isValidNumber(value.intValue())) {
                    error(path, "profile.error.goal", value.toString());
                } else if (numbers.contains(value.intValue())) {
                    error(path, "profile.error.duplicate", value.toString(), path(parent, "goals"));
                } else {
                    numbers.add(value.intValue());
                }
            }
            return numbers;
        }

        private List<String> targets(JsonNode node, String parent) {
            JsonNode array = array(node, parent, "targets");
            List<String> targets = new ArrayList<>();
            if (array == null) {
                return targets;
            }
            Set<String> seen = new HashSet<>();
            for (int i = 0; i < array.size(); i++) {
                String path = path(parent, "targets") + "[" + i + "]";
                JsonNode value = array.get(i);
                String id = value.isTextual() ? value.textValue().strip() : null;
                if (id == null || catalog.goalOfTarget(id).isEmpty()) {
                    error(path, "profile.error.target", value.toString());
                } else if (!seen.add(id)) {
                    error(path, "profile.error.duplicate", id, path(parent, "targets"));
                } else {
                    targets.add(id);
                }
            }
            return targets;
        }
    }

    private static String path(String parent, String field) {
        return parent.isEmpty() ? field : parent + "." + field;
    }

    /** Word files are zip packages: a renamed .doc or text file is refused here, not in every report. */
    private static boolean startsWithZip(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            byte[] head = in.readNBytes(4);
            return head.length == 4 && head[0] == 'P' && head[1] == 'K' && head[2] == 3 && head[3] == 4;
        } catch (IOException e) {
            return false;
        }
    }
}
