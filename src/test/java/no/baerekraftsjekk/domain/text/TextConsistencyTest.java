package no.baerekraftsjekk.domain.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import no.baerekraftsjekk.domain.CaseType;
import no.baerekraftsjekk.domain.Certainty;
import no.baerekraftsjekk.domain.Dimension;
import no.baerekraftsjekk.domain.Horizon;
import no.baerekraftsjekk.domain.Relevance;
import no.baerekraftsjekk.domain.Status;
import no.baerekraftsjekk.domain.analysis.ConflictKind;
import org.junit.jupiter.api.Test;

/**
 * The shipped bundles agree with each other and with the code: see {@link BundleCheck} for what is
 * checked, and {@code BundleCheckTest} for proof that each check fails on drift.
 */
class TextConsistencyTest {
    /** Every enum whose values a user sees, by name; a new one belongs here. */
    static final List<Class<? extends Enum<?>>> SHOWN_ENUMS =
            List.of(CaseType.class, Relevance.class, Certainty.class, Horizon.class, Dimension.class, Status.class,
                    ConflictKind.class, no.baerekraftsjekk.domain.profile.EffectDirection.class);

    /**
     * Names written ahead of a value the format-version-2 branch adds to {@link Certainty}; once it
     * is there, this allowance changes nothing and can go.
     */
    private static final Set<String> ANNOUNCED = Set.of("value.Certainty.UNKNOWN", "value.Certainty.UNKNOWN.long");

    /** Picocli reads the usage help by itself: its headings, help and version, and each command's description. */
    static final List<Pattern> READ_BY_PICOCLI = List.of(Pattern.compile("usage\\..+"), Pattern.compile("help|version"),
            Pattern.compile("baerekraftsjekk(\\.[a-z-]+)*\\.usage\\.description"));

    @Test
    void theBundlesAndTheCodeAgree() throws IOException {
        List<String> problems = new BundleCheck(bundles(), sources(), valueNames(), ANNOUNCED, READ_BY_PICOCLI).problems();
        assertThat(problems).as("text drift; each line says what to fix").isEmpty();
    }

    @Test
    void everyLanguageHasABundle() throws IOException {
        assertThat(bundles().keySet()).containsExactly(Language.values());
    }

    static Map<String, List<String>> valueNames() {
        Map<String, List<String>> names = new LinkedHashMap<>();
        for (Class<? extends Enum<?>> type : SHOWN_ENUMS) {
            names.put(type.getSimpleName(), Arrays.stream(type.getEnumConstants()).map(Enum::name).toList());
        }
        names.put(Texts.EFFECT, List.of("0", "1", "2", "3"));
        return names;
    }

    private static Map<Language, String> bundles() throws IOException {
        Map<Language, String> bundles = new EnumMap<>(Language.class);
        for (Language language : Language.values()) {
            try (InputStream in = TextConsistencyTest.class.getClassLoader().getResourceAsStream(Texts.resourceOf(language))) {
                if (in != null) {
                    bundles.put(language, new String(in.readAllBytes(), StandardCharsets.UTF_8));
                }
            }
        }
        return bundles;
    }

    /** The program's own sources: Java and FXML under src/main (the tests run from the project folder). */
    private static List<String> sources() throws IOException {
        List<String> texts = new ArrayList<>();
        for (Path root : List.of(Path.of("src/main/java"), Path.of("src/main/resources"))) {
            try (Stream<Path> files = Files.walk(root)) {
                for (Path file : files.filter(f -> f.toString().endsWith(".java") || f.toString().endsWith(".fxml")).toList()) {
                    texts.add(Files.readString(file));
                }
            }
        }
        assertThat(texts).as("sources found from " + Path.of("").toAbsolutePath()).hasSizeGreaterThan(100);
        return texts;
    }
}
