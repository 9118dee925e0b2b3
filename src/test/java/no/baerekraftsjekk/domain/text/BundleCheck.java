package no.baerekraftsjekk.domain.text;

import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Checks the text bundles against each other and against the code that uses them, and says every
 * drift it finds: a key the code uses that a bundle lacks, a key nobody uses, a key written twice,
 * a translation whose placeholders differ from bokmål's, a value without its two names.
 *
 * <p>What counts as "used": a string literal in the code that is a key; a literal a report's labels
 * prefix with {@code report.}; a literal ending in a dot with at least two parts
 * ({@code "assessment.step."}), which a key is built from at run time; a key plus a suffix literal
 * ({@code ".accessible"}); an FXML {@code %key}; and the names of every value of the enums a user
 * sees. A translation lists every key of bokmål; an empty value there means "not translated yet".
 */
final class BundleCheck {
    private static final Pattern LITERAL = Pattern.compile("\"((?:[^\"\\\\\\n]|\\\\.)*)\"");
    private static final Pattern FXML_KEY = Pattern.compile("\"%([A-Za-z0-9_.]+)\"");
    private static final Pattern KEY_LIKE = Pattern.compile("[a-z][A-Za-z0-9]*(\\.[A-Za-z0-9_-]+)+");
    /** "assessment.css" is a resource, not a key. */
    private static final Pattern FILE_NAME = Pattern.compile(".*\\.(css|fxml|json|tsv|properties|sqlite|bkj|log|txt|ttf|pdf|docx)");
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\d+)[,}]");
    /** The report's own texts are asked for without their prefix (ReportLabels.text("field.kind")). */
    private static final String REPORT_PREFIX = "report.";
    /** The portfolio's texts likewise (PortfolioTexts.text("fact.cases")). */
    private static final String PORTFOLIO_PREFIX = "portfolio.";

    private final Map<Language, String> bundles;
    private final Collection<String> sources;
    private final Map<String, List<String>> valueNames;
    private final Set<String> announcedValueKeys;
    private final List<Pattern> readByLibraries;

    /**
     * @param bundles the text of each language's bundle; bokmål must be there
     * @param sources the text of every source file (Java and FXML) that may ask for a text
     * @param valueNames for each enum a user sees, by the name its keys use, the names of its values
     * @param announcedValueKeys value names written ahead of a value another branch adds (kept, not "unused")
     * @param readByLibraries keys a library reads by itself (picocli's usage help), used though no code names them
     */
    BundleCheck(Map<Language, String> bundles, Collection<String> sources, Map<String, List<String>> valueNames,
            Set<String> announcedValueKeys, List<Pattern> readByLibraries) {
        this.readByLibraries = readByLibraries;
        this.bundles = bundles;
        this.sources = sources;
        this.valueNames = valueNames;
        this.announcedValueKeys = announcedValueKeys;
    }

    /** Every problem found, one line each, in a fixed order; empty when the texts are consistent. */
    List<String> problems() {
        List<String> problems = new ArrayList<>();
        Map<Language, Map<String, String>> parsed = new LinkedHashMap<>();
        for (Map.Entry<Language, String> bundle : bundles.entrySet()) {
            parsed.put(bundle.getKey(), parse(bundle.getKey(), bundle.getValue(), problems));
        }
        Map<String, String> base = parsed.get(Language.BASE);
        for (Map.Entry<Language, Map<String, String>> translation : parsed.entrySet()) {
            if (translation.getKey() != Language.BASE) {
                compare(translation.getKey(), base, translation.getValue(), problems);
            }
        }
        Set<String> used = new TreeSet<>();
        Set<String> missing = new TreeSet<>();
        usedKeys(base.keySet(), used, missing);
        missing.forEach(key -> problems.add("the code uses " + key + ", which the bundle lacks"));
        for (Map.Entry<String, List<String>> type : valueNames.entrySet()) {
            for (String value : type.getValue()) {
                for (String suffix : List.of("", ".long")) {
                    String key = Texts.VALUE_PREFIX + type.getKey() + "." + value + suffix;
                    used.add(key);
                    if (!base.containsKey(key)) {
                        problems.add(type.getKey() + "." + value + " has no " + (suffix.isEmpty() ? "short" : "long")
                                + " name: add " + key + "=");
                    }
                }
            }
        }
        used.addAll(announcedValueKeys);
        base.keySet().stream().filter(this::readByALibrary).forEach(used::add);
        base.keySet().stream().filter(key -> !used.contains(key)).sorted()
                .forEach(key -> problems.add("nobody uses " + key));
        return problems;
    }

    /** A bundle's keys and texts, noting a key written twice. Lines ending in a backslash continue. */
    private static Map<String, String> parse(Language language, String text, List<String> problems) {
        Map<String, String> entries = new LinkedHashMap<>();
        String[] lines = text.split("\r?\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].stripLeading();
            int number = i + 1;
            if (line.isEmpty() || line.startsWith("#") || line.startsWith("!")) {
                continue;
            }
            StringBuilder logical = new StringBuilder(line);
            while (endsWithContinuation(logical) && i + 1 < lines.length) {
                logical.setLength(logical.length() - 1);
                logical.append(lines[++i].stripLeading());
            }
            int separator = separator(logical);
            String key = logical.substring(0, separator).strip();
            String value = separator < logical.length() ? logical.substring(separator + 1).stripLeading() : "";
            if (entries.put(key, value) != null) {
                problems.add(Texts.resourceOf(language) + " line " + number + ": " + key + " is written twice");
            }
        }
        return entries;
    }

    private static boolean endsWithContinuation(CharSequence line) {
        int backslashes = 0;
        for (int i = line.length() - 1; i >= 0 && line.charAt(i) == '\\'; i--) {
            backslashes++;
        }
        return backslashes % 2 == 1;
    }

    private static int separator(CharSequence line) {
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '\\') {
                i++;
            } else if (c == '=' || c == ':') {
                return i;
            }
        }
        return line.length();
    }

    private static void compare(Language language, Map<String, String> base, Map<String, String> translation,
            List<String> problems) {
        String name = Texts.resourceOf(language);
        base.keySet().stream().filter(k -> !translation.containsKey(k))
                .forEach(k -> problems.add(name + " lacks " + k + " (add \"" + k + "=\" until it is translated)"));
        translation.keySet().stream().filter(k -> !base.containsKey(k))
                .forEach(k -> problems.add(name + " has " + k + ", which bokmål lacks"));
        for (Map.Entry<String, String> entry : translation.entrySet()) {
            String baseText = base.get(entry.getKey());
            if (baseText == null || entry.getValue().isBlank()) {
                continue;
            }
            Set<String> expected = placeholders(baseText);
            Set<String> found = placeholders(entry.getValue());
            if (!expected.equals(found)) {
                problems.add(name + ": " + entry.getKey() + " has the placeholders " + found + ", bokmål " + expected);
            }
            try {
                new MessageFormat(entry.getValue(), language.locale());
            } catch (IllegalArgumentException e) {
                problems.add(name + ": " + entry.getKey() + " is not a valid message pattern: " + e.getMessage());
            }
        }
    }

    private static Set<String> placeholders(String text) {
        Set<String> found = new TreeSet<>();
        Matcher matcher = PLACEHOLDER.matcher(text);
        while (matcher.find()) {
            found.add("{" + matcher.group(1) + "}");
        }
        return found;
    }

    private boolean readByALibrary(String key) {
        return readByLibraries.stream().anyMatch(p -> p.matcher(key).matches());
    }

    private void usedKeys(Set<String> keys, Set<String> used, Set<String> missing) {
        // A literal looks like a key of ours when it starts like one: "assessment.", "report." ...
        Set<String> areas = new LinkedHashSet<>();
        keys.stream().filter(k -> !readByALibrary(k)).forEach(k -> areas.add(k.contains(".") ? k.substring(0, k.indexOf('.')) : k));
        Set<String> suffixes = new LinkedHashSet<>();
        for (String source : sources) {
            Matcher fxml = FXML_KEY.matcher(source);
            while (fxml.find()) {
                note(fxml.group(1), keys, areas, used, missing);
            }
            Matcher literal = LITERAL.matcher(source);
            while (literal.find()) {
                String text = literal.group(1);
                if (text.startsWith(".") && text.length() > 1 && !text.contains(" ")) {
                    suffixes.add(text);
                } else {
                    note(text, keys, areas, used, missing);
                }
            }
        }
        for (String suffix : suffixes) {
            for (String key : List.copyOf(used)) {
                if (keys.contains(key + suffix)) {
                    used.add(key + suffix);
                }
            }
        }
    }

    private static void note(String literal, Set<String> keys, Set<String> areas, Set<String> used, Set<String> missing) {
        if (literal.isEmpty() || literal.contains(" ") || literal.contains("/")) {
            return;
        }
        boolean found = false;
        for (String candidate : List.of(literal, REPORT_PREFIX + literal, PORTFOLIO_PREFIX + literal)) {
            if (keys.contains(candidate)) {
                used.add(candidate);
                found = true;
            }
            if (candidate.endsWith(".") && candidate.chars().filter(c -> c == '.').count() >= 2) {
                for (String key : keys) {
                    if (key.startsWith(candidate)) {
                        used.add(key);
                        found = true;
                    }
                }
            }
        }
        if (!found && KEY_LIKE.matcher(literal).matches() && !FILE_NAME.matcher(literal).matches()
                && areas.contains(literal.substring(0, literal.indexOf('.')))) {
            missing.add(literal);
        }
    }
}
