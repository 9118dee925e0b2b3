package no.baerekraftsjekk.app;

import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.util.LogbackMDCAdapter;
import ch.qos.logback.core.CoreConstants;
import java.nio.file.Path;
import java.util.Objects;
import org.slf4j.ILoggerFactory;
import org.slf4j.IMarkerFactory;
import org.slf4j.helpers.BasicMarkerFactory;
import org.slf4j.spi.MDCAdapter;
import org.slf4j.spi.SLF4JServiceProvider;

/**
 * SLF4J's provider in the program: logback, set up by {@link LogConfiguration}. The launcher names
 * it in the system property {@code slf4j.provider}, so neither SLF4J nor logback searches the class
 * path for providers and configurators: that search opened all 38 jars while the first window was
 * being drawn. Tests start without the launcher and get logback's own search and logback-test.xml.
 */
public final class ProgramLogging implements SLF4JServiceProvider {
    /** The system property SLF4J reads to skip its search. */
    static final String PROVIDER_PROPERTY = "slf4j.provider";
    /** SLF4J API version this provider is written for. */
    private static final String API_VERSION = "2.0.99";

    private final Path folder;
    private final LoggerContext context = new LoggerContext();
    private final IMarkerFactory markers = new BasicMarkerFactory();
    private final LogbackMDCAdapter mdc = new LogbackMDCAdapter();

    /** Made by SLF4J; logs into the folder the launcher put in {@link Launcher#LOG_FOLDER_PROPERTY}. */
    public ProgramLogging() {
        this(folder());
    }

    ProgramLogging(Path folder) {
        this.folder = Objects.requireNonNull(folder);
    }

    /**
     * Makes the launcher's SLF4J use this provider, unless someone asked for another set-up (a
     * logback.configurationFile, to log more when looking for a fault).
     *
     * @return whether this provider is the one in use
     */
    static boolean select() {
        if (System.getProperty(PROVIDER_PROPERTY) == null && System.getProperty("logback.configurationFile") == null) {
            System.setProperty(PROVIDER_PROPERTY, ProgramLogging.class.getName());
            // Else SLF4J says on standard error which provider it loads, after every command.
            System.setProperty("slf4j.internal.verbosity", "WARN");
        }
        return ProgramLogging.class.getName().equals(System.getProperty(PROVIDER_PROPERTY));
    }

    /** The log folder the launcher chose: in the data folder. */
    static Path folder() {
        return Path.of(Objects.requireNonNullElse(System.getProperty(Launcher.LOG_FOLDER_PROPERTY),
                Path.of(System.getProperty("user.home"), ".baerekraftsjekk", "logs").toString()));
    }

    @Override
    public void initialize() {
        context.setName(CoreConstants.DEFAULT_CONTEXT_NAME);
        context.setMDCAdapter(mdc);
        if (DeferredLogging.isActive()) {
            LogConfiguration.hold(context);
        } else {
            LogConfiguration.configure(context, folder);
        }
        context.start();
    }

    @Override
    public ILoggerFactory getLoggerFactory() {
        return context;
    }

    @Override
    public IMarkerFactory getMarkerFactory() {
        return markers;
    }

    @Override
    public MDCAdapter getMDCAdapter() {
        return mdc;
    }

    @Override
    public String getRequestedApiVersion() {
        return API_VERSION;
    }
}
