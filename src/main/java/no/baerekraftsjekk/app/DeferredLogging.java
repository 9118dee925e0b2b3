package no.baerekraftsjekk.app;

import ch.qos.logback.classic.LoggerContext;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.slf4j.LoggerFactory;

/**
 * The window's logging, finished after its first frame: until then the log is held in memory
 * ({@link HeldAppender}); once the frame is drawn a thread of its own makes the file and console
 * appenders and writes what was held. At the latest after 10 s, and always before the program
 * ends, so a start that fails before its first frame still leaves its log.
 */
final class DeferredLogging {
    private static final long WAIT_SECONDS = 10;
    private static final long AT_EXIT_WAIT_SECONDS = 2;
    private static final CountDownLatch FIRST_FRAME = new CountDownLatch(1);
    private static final CountDownLatch DONE = new CountDownLatch(1);
    private static volatile boolean active;

    private DeferredLogging() {
    }

    /**
     * Call on the main thread before the window starts, with the program's own logging selected.
     * SLF4J is set up here, holding, so no other thread ever meets it half set up.
     */
    static void begin() {
        active = true;
        LoggerFactory.getILoggerFactory();
        Thread.ofPlatform().daemon().name("logging-setup").start(DeferredLogging::finish);
        Runtime.getRuntime().addShutdownHook(Thread.ofPlatform().name("logging-at-exit").unstarted(() -> {
            FIRST_FRAME.countDown();
            await(DONE, AT_EXIT_WAIT_SECONDS);
        }));
    }

    /** True in the window: {@link ProgramLogging} then holds the log instead of writing it. */
    static boolean isActive() {
        return active;
    }

    /** The window's first frame is on screen: the log may now take its share of the processor. */
    static void firstFrameDrawn() {
        FIRST_FRAME.countDown();
    }

    /** Waits (10 s at most) until the log is written where it belongs. */
    static void awaitDone() {
        await(DONE, WAIT_SECONDS);
    }

    private static void finish() {
        try {
            await(FIRST_FRAME, WAIT_SECONDS);
            if (LoggerFactory.getILoggerFactory() instanceof LoggerContext context) {
                LogConfiguration.release(context, ProgramLogging.folder());
            }
        } finally {
            DONE.countDown();
        }
    }

    private static void await(CountDownLatch latch, long seconds) {
        try {
            latch.await(seconds, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
