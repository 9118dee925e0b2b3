package no.baerekraftsjekk.storage.council;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.TreeMap;
import no.baerekraftsjekk.domain.text.Message;
import no.baerekraftsjekk.storage.LibraryException;

/**
 * Where the council library is and how to connect: the JDBC URL and the driver's own settings
 * (user, sslmode, sslrootcert, gsslib, ...). Never a password: pgjdbc finds one in the user's
 * {@code .pgpass}, signs in with Kerberos, or the window asks for it and keeps it in memory only.
 *
 * @param url a {@code jdbc:postgresql://} URL
 * @param settings driver settings, passed on unchanged
 * @param source the connection file this came from, or the URL when given on the command line
 */
public record CouncilServer(String url, Map<String, String> settings, String source) {
    /** The connection file IT places beside the program or in the data folder. */
    public static final String FILE_NAME = "kommunebibliotek.properties";
    private static final String URL_PREFIX = "jdbc:postgresql:";

    public CouncilServer {
        if (url == null || !url.startsWith(URL_PREFIX)) {
            throw new LibraryException(Message.of("council.error.url", String.valueOf(url), source));
        }
        settings = Map.copyOf(new TreeMap<>(settings));
        for (String key : settings.keySet()) {
            if (key.toLowerCase(Locale.ROOT).contains("password")) {
                throw new LibraryException(Message.of("council.error.passwordInFile", source, key));
            }
        }
    }

    public static CouncilServer ofUrl(String url) {
        return new CouncilServer(url, Map.of(), url);
    }

    /** Reads a connection file: {@code url=} and any of the driver's settings, one a line. */
    public static CouncilServer read(Path file) {
        Properties properties = new Properties();
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            properties.load(in);
        } catch (IOException | IllegalArgumentException e) {
            throw new LibraryException(Message.of("council.error.file", file, String.valueOf(e.getMessage())), e);
        }
        Map<String, String> settings = new TreeMap<>();
        properties.stringPropertyNames().forEach(k -> settings.put(k, properties.getProperty(k).trim()));
        String url = settings.remove("url");
        if (url == null || url.isBlank()) {
            throw new LibraryException(Message.of("council.error.noUrl", file));
        }
        return new CouncilServer(url, settings, file.toString());
    }

    /**
     * The connection file that points this installation at the council library, if there is one:
     * the data folder's first (a user or IT can set it per person), then the program folder's.
     */
    public static Optional<Path> find(Path dataFolder, Optional<Path> programFolder) {
        Path inData = dataFolder.resolve(FILE_NAME);
        if (Files.isRegularFile(inData)) {
            return Optional.of(inData);
        }
        return programFolder.map(p -> p.resolve(FILE_NAME)).filter(Files::isRegularFile);
    }

    /** The settings as pgjdbc takes them, with a user name and password when given. */
    Properties driverProperties(Optional<char[]> password) {
        Properties properties = new Properties();
        // A council server behind a slow VPN should still answer in time; a dead one should not
        // hold the window for minutes. Settings in the file win over these defaults.
        properties.setProperty("connectTimeout", "5");
        properties.setProperty("socketTimeout", "30");
        properties.setProperty("tcpKeepAlive", "true");
        properties.setProperty("ApplicationName", "Baerekraftsjekk");
        settings.forEach(properties::setProperty);
        password.ifPresent(p -> properties.setProperty("password", new String(p)));
        return properties;
    }

    /** The server and database, for messages: the URL without its parameters. */
    public String describe() {
        int query = url.indexOf('?');
        return query < 0 ? url : url.substring(0, query);
    }
}
