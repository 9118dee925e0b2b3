package no.baerekraftsjekk.domain.format;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import no.baerekraftsjekk.domain.text.Message;

/**
 * Typed access to the fields of a JSON tree that collects every problem with its path instead of
 * stopping at the first, so a caseworker sees all that is wrong with a file at once.
 */
final class FieldReader {
    static final int MAX_STRING_LENGTH = 20_000;

    /**
     * A hostile file can hold millions of faults; a caseworker needs the first ones, and the reader's
     * memory must stay bounded by the file size limit. Past this many, problems are counted, not kept.
     */
    static final int MAX_REPORTED = 100;

    private final List<FileProblem> errors = new ArrayList<>();
    private final List<Message> warnings = new ArrayList<>();
    private int errorCount;
    private int warningCount;
    /** The file's format version, named in the warning about fields that version does not define. */
    private int version = 1;

    void readingVersion(int value) {
        version = value;
    }

    List<FileProblem> errors() {
        if (errorCount > MAX_REPORTED) {
            List<FileProblem> shown = new ArrayList<>(errors);
            shown.add(new FileProblem("", Message.of("format.error.moreProblems", errorCount - MAX_REPORTED)));
            return shown;
        }
        return errors;
    }

    /** Every error found, also those not kept; grows exactly when an error is found. */
    int errorCount() {
        return errorCount;
    }

    List<Message> warnings() {
        if (warningCount > MAX_REPORTED) {
            List<Message> shown = new ArrayList<>(warnings);
            shown.add(Message.of("format.warning.moreWarnings", warningCount - MAX_REPORTED));
            return shown;
        }
        return warnings;
    }

    void error(String path, String key, Object... args) {
        errorCount++;
        if (errorCount <= MAX_REPORTED) {
            errors.add(new FileProblem(path, Message.of(key, args)));
        }
    }

    private void warning(String key, Object... args) {
        warningCount++;
        if (warningCount <= MAX_REPORTED) {
            warnings.add(Message.of(key, args));
        }
    }

    static String path(String parent, String field) {
        return parent.isEmpty() ? field : parent + "." + field;
    }

    static String index(String parent, int i) {
        return parent + "[" + i + "]";
    }

    /** True when the field is missing or JSON null: both mean "absent" for an optional field. */
    static boolean absent(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull();
    }

    void warnUnknownFields(JsonNode object, String parent, Set<String> known) {
        for (Iterator<String> names = object.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!known.contains(name)) {
                warning("format.warning.unknownField", path(parent, name), version);
            }
        }
    }

    /** An optional string: "" when absent, null when it breaks a rule (the error is recorded). */
    String optionalString(JsonNode node, String parent, String field) {
        if (absent(node, field)) {
            return "";
        }
        return string(node.get(field), path(parent, field));
    }

    String string(JsonNode value, String path) {
        if (!value.isTextual()) {
            error(path, "format.error.notString");
            return null;
        }
        String text = value.textValue();
        if (text.codePointCount(0, text.length()) > MAX_STRING_LENGTH) {
            error(path, "format.error.tooLong", MAX_STRING_LENGTH);
            return null;
        }
        String clean = ControlCharacters.strip(text);
        if (!clean.equals(text)) {
            warning("format.warning.controlCharacters", path);
        }
        return clean;
    }

    /** An integer field; {@code fallback} when absent, null when invalid. */
    Integer integer(JsonNode node, String parent, String field, Integer fallback, int min, int max) {
        String path = path(parent, field);
        if (absent(node, field)) {
            if (fallback == null) {
                error(path, "format.error.required");
            }
            return fallback;
        }
        JsonNode value = node.get(field);
        if (!value.isIntegralNumber()) {
            error(path, "format.error.notInteger");
            return null;
        }
        if (!value.canConvertToInt() || value.intValue() < min || value.intValue() > max) {
            error(path, "format.error.outOfRange", value.asText(), min, max);
            return null;
        }
        return value.intValue();
    }

    /** An enum field; {@code fallback} when absent (null fallback and required: an error). */
    <E extends Enum<E>> E enumValue(JsonNode node, String parent, String field, Class<E> type, boolean required, E fallback) {
        String path = path(parent, field);
        if (absent(node, field)) {
            if (required) {
                error(path, "format.error.required");
            }
            return fallback;
        }
        JsonNode value = node.get(field);
        if (value.isTextual()) {
            for (E constant : type.getEnumConstants()) {
                if (constant.name().equals(value.textValue())) {
                    return constant;
                }
            }
        }
        error(path, "format.error.notOneOf", value.toString(), names(type));
        return fallback;
    }

    LocalDate date(JsonNode node, String parent, String field) {
        if (absent(node, field)) {
            return null;
        }
        String path = path(parent, field);
        JsonNode value = node.get(field);
        if (value.isTextual() && value.textValue().matches("\\d{4}-\\d{2}-\\d{2}")) {
            try {
                return LocalDate.parse(value.textValue());
            } catch (DateTimeParseException e) {
                // falls through to the error below: the pattern fits but the day does not exist
            }
        }
        error(path, "format.error.notDate", value.toString());
        return null;
    }

    /** The field as an object, or null (with an error when present but of another type). */
    JsonNode object(JsonNode node, String parent, String field, boolean required) {
        String path = path(parent, field);
        if (absent(node, field)) {
            if (required) {
                error(path, "format.error.required");
            }
            return null;
        }
        JsonNode value = node.get(field);
        if (!value.isObject()) {
            error(path, "format.error.notObject");
            return null;
        }
        return value;
    }

    JsonNode array(JsonNode node, String parent, String field) {
        if (absent(node, field)) {
            return null;
        }
        JsonNode value = node.get(field);
        if (!value.isArray()) {
            error(path(parent, field), "format.error.notArray");
            return null;
        }
        return value;
    }

    private static <E extends Enum<E>> String names(Class<E> type) {
        StringBuilder names = new StringBuilder();
        for (E constant : type.getEnumConstants()) {
            if (!names.isEmpty()) {
                names.append(", ");
            }
            names.append(constant.name());
        }
        return names.toString();
    }
}
