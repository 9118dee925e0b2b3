package no.baerekraftsjekk.domain.profile;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.util.HashMap;
import java.util.Map;

/**
 * The line each value of a JSON text starts on, by its path ("localGoals[2].goals[0]"), so a fault
 * found in the tree can be reported where the administrator will look for it. Call only on a text
 * that has already parsed.
 */
final class JsonLines {
    private final Map<String, Integer> lines = new HashMap<>();

    private JsonLines() {
    }

    static JsonLines of(String json) throws IOException {
        JsonLines found = new JsonLines();
        try (JsonParser parser = new JsonFactory().createParser(json)) {
            if (parser.nextToken() != null) {
                found.value(parser, "");
            }
        }
        return found;
    }

    private void value(JsonParser parser, String path) throws IOException {
        lines.putIfAbsent(path, parser.currentTokenLocation().getLineNr());
        JsonToken token = parser.currentToken();
        if (token == JsonToken.START_OBJECT) {
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String name = parser.currentName();
                int nameLine = parser.currentTokenLocation().getLineNr();
                String child = path.isEmpty() ? name : path + "." + name;
                lines.putIfAbsent(child, nameLine);
                parser.nextToken();
                value(parser, child);
            }
        } else if (token == JsonToken.START_ARRAY) {
            int index = 0;
            while (parser.nextToken() != JsonToken.END_ARRAY) {
                value(parser, path + "[" + index++ + "]");
            }
        }
    }

    /** The line of the value at {@code path}, or of the nearest value around it; 0 when none is known. */
    int lineOf(String path) {
        String at = path;
        while (true) {
            Integer line = lines.get(at);
            if (line != null) {
                return line;
            }
            int cut = Math.max(at.lastIndexOf('.'), at.lastIndexOf('['));
            if (cut <= 0) {
                return lines.getOrDefault("", 0);
            }
            at = at.substring(0, cut);
        }
    }
}
