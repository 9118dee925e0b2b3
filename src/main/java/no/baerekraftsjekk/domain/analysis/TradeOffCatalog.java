package no.baerekraftsjekk.domain.analysis;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import no.baerekraftsjekk.domain.Goal;

/**
 * The knowledge base of typical trade-offs, loaded from {@code guidance/tradeoffs.json}: a JSON array
 * of {@code {"goals":[a,b], "basis":"RESEARCH"|"MUNICIPAL", "source":"…", "hint":"…"}}.
 */
public final class TradeOffCatalog {
    public static final String RESOURCE = "guidance/tradeoffs.json";

    /** The shipped knowledge base, read on its first use (see {@link #standard()}). */
    private static final TradeOffCatalog STANDARD = new TradeOffCatalog();

    /** Null in the shipped catalog, which reads its entries when first asked. */
    private final List<TradeOff> tradeOffs;

    private TradeOffCatalog() {
        this.tradeOffs = null;
    }

    /** @throws IllegalArgumentException when an entry does not name two different goals 1–17 */
    public TradeOffCatalog(List<TradeOff> tradeOffs) {
        for (int i = 0; i < tradeOffs.size(); i++) {
            List<Integer> goals = tradeOffs.get(i).goals();
            if (goals.size() != 2 || !Goal.isValidNumber(goals.get(0)) || !Goal.isValidNumber(goals.get(1))
                    || goals.get(0).equals(goals.get(1))) {
                throw new IllegalArgumentException("Trade-off " + (i + 1) + " " + goals + " must name two different goals 1-17");
            }
        }
        this.tradeOffs = List.copyOf(tradeOffs);
    }

    /** The knowledge base shipped with the program; a missing or broken resource is a packaging fault. */
    public static TradeOffCatalog standard() {
        return STANDARD;
    }

    /**
     * Reads a knowledge base (UTF-8 JSON). Every error names the entry by its position (from 1) and,
     * once known, its goals, so the person who edits the file finds it at once.
     *
     * @throws IOException when the stream cannot be read, is not JSON, or an entry breaks the format
     */
    public static TradeOffCatalog read(InputStream source) throws IOException {
        JsonNode root;
        try (Reader reader = new InputStreamReader(source, StandardCharsets.UTF_8)) {
            root = new ObjectMapper().readTree(reader);
        } catch (JsonProcessingException e) {
            throw new IOException("The trade-off knowledge base is not valid JSON: " + e.getOriginalMessage(), e);
        }
        if (root == null || !root.isArray()) {
            throw new IOException("The trade-off knowledge base must be a JSON array of entries");
        }
        List<TradeOff> tradeOffs = new ArrayList<>();
        for (int i = 0; i < root.size(); i++) {
            tradeOffs.add(entry(root.get(i), i + 1));
        }
        return new TradeOffCatalog(tradeOffs);
    }

    public List<TradeOff> all() {
        // The rules are made when the library opens, but asked only when an assessment is analysed:
        // reading the entries then keeps JSON (Jackson) off the way to the window's usable library.
        return tradeOffs != null ? tradeOffs : Shipped.CATALOG.tradeOffs;
    }

    /** The number of different goal pairs; the knowledge base may list a pair more than once. */
    public long uniquePairs() {
        return all().stream().map(TradeOff::goals).distinct().count();
    }

    private static TradeOff entry(JsonNode node, int position) throws IOException {
        if (!node.isObject()) {
            throw new IOException(where(position, null) + " must be an object");
        }
        JsonNode goalsNode = node.get("goals");
        if (goalsNode == null || !goalsNode.isArray() || goalsNode.size() != 2
                || !goalsNode.get(0).isInt() || !goalsNode.get(1).isInt()) {
            throw new IOException(where(position, null) + ": \"goals\" must be an array of two goal numbers");
        }
        int a = goalsNode.get(0).intValue();
        int b = goalsNode.get(1).intValue();
        String at = where(position, a + ", " + b);
        if (!Goal.isValidNumber(a) || !Goal.isValidNumber(b)) {
            throw new IOException(at + ": goal numbers must be 1-17");
        }
        if (a == b) {
            throw new IOException(at + ": the two goals must differ");
        }
        TradeOff.Basis basis;
        String basisText = text(node, "basis", at);
        try {
            basis = TradeOff.Basis.valueOf(basisText);
        } catch (IllegalArgumentException e) {
            throw new IOException(at + ": \"basis\" must be RESEARCH or MUNICIPAL, found \"" + basisText + "\"", e);
        }
        return new TradeOff(List.of(a, b), basis, text(node, "source", at), text(node, "hint", at));
    }

    private static String text(JsonNode node, String field, String at) throws IOException {
        JsonNode value = node.get(field);
        if (value == null || !value.isTextual() || value.textValue().isBlank()) {
            throw new IOException(at + ": \"" + field + "\" must be a non-empty string");
        }
        return value.textValue().strip();
    }

    private static String where(int position, String goals) {
        return "Trade-off entry " + position + (goals == null ? "" : " (goals " + goals + ")");
    }

    /** Loaded on first use, once. */
    private static final class Shipped {
        static final TradeOffCatalog CATALOG = load();

        private static TradeOffCatalog load() {
            InputStream in = TradeOffCatalog.class.getClassLoader().getResourceAsStream(RESOURCE);
            if (in == null) {
                throw new IllegalStateException("Missing resource " + RESOURCE);
            }
            try (in) {
                return read(in);
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot read resource " + RESOURCE + ": " + e.getMessage(), e);
            }
        }
    }
}
