package no.baerekraftsjekk.cli;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;
import picocli.CommandLine.IVersionProvider;

/** The program's version, from a resource Maven fills in at build time. */
public final class AppVersion implements IVersionProvider {

    public static String version() {
        Properties properties = new Properties();
        try (InputStream in = AppVersion.class.getResourceAsStream("/app.properties")) {
            if (in != null) {
                properties.load(in);
            }
        } catch (IOException e) {
            // The version is information only; an unreadable resource shows as "ukjent".
        }
        return properties.getProperty("version", "ukjent");
    }

    @Override
    public String[] getVersion() {
        return new String[] {"Bærekraftsjekk " + version()};
    }
}
