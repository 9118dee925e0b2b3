package no.baerekraftsjekk.app;

import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.util.LogbackMDCAdapter;
import ch.qos.logback.core.CoreConstants;
import java.nio.file.Path;
import java.util.Objects;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.slf4j.ILoggerFactory;
import org.slf4j.IMarkerFactory;
import org.slf4j.LoggerFactory;
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

    /** At most this long does logging wait for the first frame; a window that never comes must not silence it. */
    private static final long FIRST_FRAME_WAIT_SECONDS = 10;
    private static final String SETUP_THREAD = "logging-setup";
    private static final CountDownLatch ENTERED = new CountDownLatch(1);
    private static final CountDownLatch FIRST_FRAME = new CountDownLatch(1);
    private static final CountDownLatch SET_UP = new CountDownLatch(1);
    private static volatile boolean waitForFirstFrame;

    private final Path folder;
    // Made in initialize, so that SLF4J's making this provider costs next to nothing.
    private LoggerContext context;
    private IMarkerFactory markers;
    private LogbackMDCAdapter mdc;

    /** Made by SLF4J; logs into the folder the launcher put in {@link Launcher#LOG_FOLDER_PROPERTY}. */
    public ProgramLogging() {
        this(Path.of(Objects.requireNonNullElse(System.getProperty(Launcher.LOG_FOLDER_PROPERTY),
                Path.of(System.getProperty("user.home"), ".baerekraftsjekk", "logs").toString())));
    }

    ProgramLogging(Path folder) {
        this.folder = Objects.requireNonNull(folder);
    }

    /** Makes the launcher's SLF4J use this provider, unless someone asked for another set-up. */
    static void select() {
        if (System.getProperty(PROVIDER_PROPERTY) == null && System.getProperty("logback.configurationFile") == null) {
            System.setProperty(PROVIDER_PROPERTY, ProgramLogging.class.getName());
            // Else SLF4J says on standard error which provider it loads, after every command, and
            // in the window that it replays what was logged before the first frame.
            System.setProperty("slf4j.internal.verbosity", "ERROR");
        }
    }

    /**
     * The window's way to start logging: on a thread of its own that sets logback up only once the
     * first frame is drawn. Done beside JavaFX's start it slowed that start by 13 ms on two cores;
     * done on the first logger's thread (the FX thread) it cost 17 ms. Meanwhile SLF4J hands out
     * stand-in loggers that queue what is logged, and replays it when the set-up is done.
     */
    static void startAfterFirstFrame() {
        waitForFirstFrame = true;
        Thread.ofPlatform().daemon().name(SETUP_THREAD).start(LoggerFactory::getILoggerFactory);
        // Until SLF4J is in the middle of setting up, a logger asked for elsewhere would set it up
        // on that thread instead; so return only once the set-up thread has got that far.
        try {
            ENTERED.await(FIRST_FRAME_WAIT_SECONDS, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** The window's first frame is on screen: logging may now take its share of the processor. */
    static void firstFrameDrawn() {
        FIRST_FRAME.countDown();
    }

    @Override
    public void initialize() {
        ENTERED.countDown();
        // Only the set-up thread waits: any other thread here would be one that must draw the frame.
        if (waitForFirstFrame && SETUP_THREAD.equals(Thread.currentThread().getName())) {
            awaitFirstFrame();
        }
        context = new LoggerContext();
        markers = new BasicMarkerFactory();
        mdc = new LogbackMDCAdapter();
        context.setName(CoreConstants.DEFAULT_CONTEXT_NAME);
        context.setMDCAdapter(mdc);
        LogConfiguration.configure(context, folder);
        context.start();
        SET_UP.countDown();
    }

    /**
     * Waits (a few seconds at most) until the program's logging is set up. The AOT training run,
     * which ends at the first frame, waits here so that logback's classes are in the cache.
     */
    static void awaitSetUp() {
        try {
            SET_UP.await(FIRST_FRAME_WAIT_SECONDS, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void awaitFirstFrame() {
        try {
            FIRST_FRAME.await(FIRST_FRAME_WAIT_SECONDS, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
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
