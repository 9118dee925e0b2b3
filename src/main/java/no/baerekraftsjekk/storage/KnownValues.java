package no.baerekraftsjekk.storage;

import java.text.Collator;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/** The one way every library turns the stored values of a field into the list it answers with. */
public final class KnownValues {
    private static final Locale BOKMAAL = Locale.of("nb", "NO");

    private KnownValues() {
    }

    /** Trimmed, without blanks or repeats, in Norwegian alphabetical order (… Æ, Ø, Å). */
    public static List<String> of(Collection<String> stored) {
        Collator norwegian = Collator.getInstance(BOKMAAL);
        return stored.stream().filter(Objects::nonNull).map(String::strip).filter(v -> !v.isEmpty())
                .distinct().sorted(norwegian).toList();
    }
}
