package no.baerekraftsjekk.domain.guidance;

import com.fasterxml.jackson.core.type.TypeReference;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/** The glossary of sustainability terms, searchable and linkable from guidance texts. */
public final class Glossary {

    static final String DEFAULT_RESOURCE = "guidance/glossary_nb.json";
    private static final Locale NORWEGIAN = Locale.forLanguageTag("nb-NO");

    private final List<GlossaryTerm> terms;
    private final List<Pattern> mentionPatterns;

    private Glossary(List<GlossaryTerm> terms) {
        this.terms = List.copyOf(terms);
        this.mentionPatterns = this.terms.stream().map(Glossary::mentionPattern).toList();
    }

    public static Glossary loadDefault() {
        return load(DEFAULT_RESOURCE);
    }

    static Glossary load(String resource) {
        List<GlossaryTerm> terms = GuidanceResource.readJson(resource, new TypeReference<List<GlossaryTerm>>() { });
        GuidanceResource.require(terms != null && !terms.isEmpty(), resource, "ordlisten er tom");
        Set<String> seen = new HashSet<>();
        for (GlossaryTerm t : terms) {
            GuidanceResource.require(!t.term().isBlank() && !t.explanation().isBlank(), resource,
                    "et ord mangler navn eller forklaring");
            GuidanceResource.require(seen.add(t.term().toLowerCase(NORWEGIAN)), resource,
                    "ordet \"" + t.term() + "\" står flere ganger");
        }
        return new Glossary(terms);
    }

    /** All terms in alphabetical order. */
    public List<GlossaryTerm> terms() {
        return terms;
    }

    /**
     * Terms whose name or explanation contains the query, ignoring case. Terms matched by name come
     * first, because that is almost always what the user looks for. A blank query gives all terms.
     */
    public List<GlossaryTerm> search(String query) {
        if (query == null || query.isBlank()) {
            return terms;
        }
        String q = query.strip().toLowerCase(NORWEGIAN);
        List<GlossaryTerm> byName = new ArrayList<>();
        List<GlossaryTerm> byExplanation = new ArrayList<>();
        for (GlossaryTerm t : terms) {
            if (t.term().toLowerCase(NORWEGIAN).contains(q)) {
                byName.add(t);
            } else if (t.explanation().toLowerCase(NORWEGIAN).contains(q)) {
                byExplanation.add(t);
            }
        }
        byName.addAll(byExplanation);
        return List.copyOf(byName);
    }

    /**
     * Glossary terms that occur in the text, in glossary order. A term must start at a word
     * boundary but may be inflected ("målkonflikter" mentions "målkonflikt").
     */
    public List<GlossaryTerm> termsMentionedIn(String text) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        List<GlossaryTerm> found = new ArrayList<>();
        for (int i = 0; i < terms.size(); i++) {
            if (mentionPatterns.get(i).matcher(text).find()) {
                found.add(terms.get(i));
            }
        }
        return List.copyOf(found);
    }

    private static Pattern mentionPattern(GlossaryTerm term) {
        String words = Pattern.quote(term.term().strip()).replace(" ", "\\E\\s+\\Q");
        return Pattern.compile("(?<![\\p{L}\\p{N}])" + words,
                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }
}
