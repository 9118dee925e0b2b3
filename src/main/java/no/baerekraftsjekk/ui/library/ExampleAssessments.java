package no.baerekraftsjekk.ui.library;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Supplier;
import java.util.jar.JarFile;
import java.util.stream.Stream;
import no.baerekraftsjekk.domain.format.BkjReader;
import no.baerekraftsjekk.domain.format.InvalidAssessmentFileException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The example assessments shipped with the program as {@code .bkj} resources. The folder's
 * {@code index.txt} (one file name a line, and after a tab the example's title) decides which and in what order; without it every
 * {@code .bkj} in the folder is offered, sorted by name, so a new example needs no code change.
 */
public final class ExampleAssessments {
    private static final Logger LOG = LoggerFactory.getLogger(ExampleAssessments.class);

    /** One shipped example: its resource and the case title shown in the menu. */
    public record Example(String resource, String title) {
    }

    private final ClassLoader loader;
    private final String folder;
    private final Supplier<BkjReader> reader;

    /**
     * @param reader makes the reader when the examples are first listed: the window is built before
     *     the first frame, and loading the JSON library then would delay it by a few hundred ms
     */
    public ExampleAssessments(ClassLoader loader, String folder, Supplier<BkjReader> reader) {
        this.loader = Objects.requireNonNull(loader);
        this.folder = folder.endsWith("/") ? folder.substring(0, folder.length() - 1) : folder;
        this.reader = Objects.requireNonNull(reader);
    }

    /** The examples under {@code examples/} on the program's class path. */
    public static ExampleAssessments shipped() {
        return new ExampleAssessments(ExampleAssessments.class.getClassLoader(), "examples", BkjReader::new);
    }

    /**
     * The examples and their titles. A title given in the index is taken as it stands (a test keeps
     * it equal to the file's): reading the files to learn them loaded the JSON library on the way to
     * the usable library. An example without one is read; one that does not read is left out and logged.
     */
    public List<Example> list() {
        List<Example> examples = new ArrayList<>();
        for (IndexLine line : fileNames()) {
            String resource = folder + "/" + line.file();
            try {
                String title = line.title() != null ? line.title() : read(resource).caseInfo().title();
                examples.add(new Example(resource, title));
            } catch (InvalidAssessmentFileException | UncheckedIOException e) {
                LOG.warn("Example {} is left out: {}", resource, e.getMessage());
            }
        }
        return List.copyOf(examples);
    }

    /** A line of the index: a file name, and after a tab the example's title, or null when not given. */
    private record IndexLine(String file, String title) {
        static IndexLine parse(String line) {
            int tab = line.indexOf('\t');
            if (tab < 0) {
                return new IndexLine(line, null);
            }
            String title = line.substring(tab + 1).strip();
            return new IndexLine(line.substring(0, tab).strip(), title.isEmpty() ? null : title);
        }
    }

    /**
     * The identity the caseworker's copy of an example gets: the same for every open of the same
     * example, so the copy is found and reused instead of made again. A name-based UUID, which is
     * a UUID in canonical form like any other, and cannot meet an assessment's random one.
     */
    public static java.util.UUID identity(Example example) {
        return java.util.UUID.nameUUIDFromBytes(("baerekraftsjekk-example:" + example.resource()).getBytes(StandardCharsets.UTF_8));
    }

    public byte[] bytes(Example example) {
        try (InputStream in = loader.getResourceAsStream(example.resource())) {
            if (in == null) {
                throw new UncheckedIOException(new IOException("No resource " + example.resource()));
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private no.baerekraftsjekk.domain.Assessment read(String resource) throws InvalidAssessmentFileException {
        return reader.get().read(bytes(new Example(resource, ""))).assessment();
    }

    private List<IndexLine> fileNames() {
        URL index = loader.getResource(folder + "/index.txt");
        if (index != null) {
            try (InputStream in = index.openStream()) {
                return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                        .map(String::strip)
                        .filter(line -> !line.isEmpty() && !line.startsWith("#"))
                        .map(IndexLine::parse)
                        .toList();
            } catch (IOException e) {
                LOG.warn("Could not read {}: {}", index, e.getMessage());
            }
        }
        return scanFolder().stream().map(file -> new IndexLine(file, null)).toList();
    }

    private List<String> scanFolder() {
        URL url = loader.getResource(folder);
        if (url == null) {
            return List.of();
        }
        try {
            if ("file".equals(url.getProtocol())) {
                try (Stream<Path> files = Files.list(Path.of(url.toURI()))) {
                    return files.map(p -> p.getFileName().toString()).filter(ExampleAssessments::isBkj).sorted().toList();
                }
            }
            if ("jar".equals(url.getProtocol())) {
                JarURLConnection connection = (JarURLConnection) url.openConnection();
                connection.setUseCaches(false);
                try (JarFile jar = connection.getJarFile()) {
                    String prefix = folder + "/";
                    return jar.stream().map(e -> e.getName())
                            .filter(n -> n.startsWith(prefix) && n.indexOf('/', prefix.length()) < 0)
                            .map(n -> n.substring(prefix.length()))
                            .filter(ExampleAssessments::isBkj).sorted().toList();
                }
            }
        } catch (IOException | URISyntaxException e) {
            LOG.warn("Could not list the examples in {}: {}", url, e.getMessage());
        }
        return List.of();
    }

    private static boolean isBkj(String name) {
        return name.toLowerCase(Locale.ROOT).endsWith(".bkj");
    }
}
