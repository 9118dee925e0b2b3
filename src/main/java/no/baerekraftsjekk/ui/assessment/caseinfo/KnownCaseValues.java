package no.baerekraftsjekk.ui.assessment.caseinfo;

import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import no.baerekraftsjekk.storage.CaseField;
import no.baerekraftsjekk.storage.LibraryException;
import no.baerekraftsjekk.ui.UiServices;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The organisations, units and caseworkers already in the library, offered while the caseworker
 * types one, so the same unit is written the same way every time (and the portfolio can group by
 * it). Loaded once in the background when the step is made; until then, or if the library cannot
 * answer, nothing is offered, which costs only the convenience.
 */
public final class KnownCaseValues {
    private static final Logger LOG = LoggerFactory.getLogger(KnownCaseValues.class);
    static final int MOST_OFFERED = 8;

    /** Replaced whole, never changed: read from the auto-completion's own thread. */
    private volatile Map<CaseField, List<String>> known = Map.of();

    private KnownCaseValues() {
    }

    public static KnownCaseValues load(UiServices services) {
        KnownCaseValues values = new KnownCaseValues();
        services.tasks().run(() -> {
                    Map<CaseField, List<String>> found = new EnumMap<>(CaseField.class);
                    for (CaseField field : CaseField.values()) {
                        found.put(field, services.library().knownValues(field));
                    }
                    return found;
                })
                .onSuccess(found -> values.known = Map.copyOf(found))
                .onFailure(LibraryException.class, e -> LOG.warn("No suggestions for the case fields: {}", e.getMessage()))
                .start();
        return values;
    }

    /**
     * The known values that begin with what is typed (ignoring case), then those that contain it
     * elsewhere; none for an empty field, and none that only repeats what is typed.
     */
    public List<String> suggestions(CaseField field, String typed) {
        String wanted = typed == null ? "" : typed.strip().toLowerCase(Locale.ROOT);
        if (wanted.isEmpty()) {
            return List.of();
        }
        List<String> values = known.getOrDefault(field, List.of());
        List<String> starting = values.stream().filter(v -> v.toLowerCase(Locale.ROOT).startsWith(wanted)).toList();
        List<String> containing = values.stream()
                .filter(v -> !v.toLowerCase(Locale.ROOT).startsWith(wanted) && v.toLowerCase(Locale.ROOT).contains(wanted)).toList();
        return java.util.stream.Stream.concat(starting.stream(), containing.stream())
                .filter(v -> !v.equalsIgnoreCase(typed.strip()))
                .limit(MOST_OFFERED)
                .toList();
    }
}
