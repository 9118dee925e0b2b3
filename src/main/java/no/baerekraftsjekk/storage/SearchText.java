package no.baerekraftsjekk.storage;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import no.baerekraftsjekk.domain.Assessment;

/**
 * The lower-cased text a library search looks in. Lower-cased in Java, not SQL, because SQLite's
 * lower() knows only ASCII and caseworkers search for "Bærum" and "ØKONOMI".
 */
public final class SearchText {
    private SearchText() {
    }

    public static String of(Assessment a) {
        var info = a.caseInfo();
        Stream<String> caseFields = Stream.of(info.title(), info.caseNumber(), info.unit(), info.organisation(),
                info.caseworker(), info.description(), a.collaboration(), a.conclusion());
        Stream<String> goalTexts = a.goals().values().stream()
                .flatMap(g -> Stream.of(g.justification(), g.measures()));
        Stream<String> otherTexts = Stream.concat(a.dimensionTexts().values().stream(),
                a.conflicts().stream().flatMap(c -> Stream.of(c.handling(), c.mitigation())));
        return join(Stream.concat(caseFields, Stream.concat(goalTexts, otherTexts)));
    }

    static String join(Stream<String> parts) {
        return normalise(parts.filter(s -> s != null && !s.isBlank()).collect(Collectors.joining("\n")));
    }

    public static String normalise(String text) {
        return text.toLowerCase(Locale.ROOT);
    }

    /** The words of a query, lower-cased; an empty list matches everything. */
    public static List<String> words(String query) {
        return Arrays.stream(normalise(query).trim().split("\\s+")).filter(w -> !w.isEmpty()).toList();
    }

}
