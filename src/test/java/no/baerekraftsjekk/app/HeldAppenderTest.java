package no.baerekraftsjekk.app;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.util.LogbackMDCAdapter;
import ch.qos.logback.core.read.ListAppender;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Held until released, then written in order with the thread that logged; after that, straight through. */
class HeldAppenderTest {
    private final LoggerContext context = new LoggerContext();
    private final HeldAppender held = new HeldAppender();
    private final ListAppender<ILoggingEvent> target = new ListAppender<>();
    private final Logger logger = context.getLogger("no.baerekraftsjekk.Test");

    HeldAppenderTest() {
        context.setMDCAdapter(new LogbackMDCAdapter());
        context.start();
        held.setContext(context);
        held.start();
        target.setContext(context);
        target.start();
        logger.addAppender(held);
    }

    @Test
    void eventsAreHeldUntilReleasedThenWrittenInOrderAndLaterOnesPassStraightThrough() throws Exception {
        logger.info("en");
        Thread other = new Thread(() -> logger.warn("to"), "en annen tråd");
        other.start();
        other.join();
        assertThat(target.list).isEmpty();

        held.release(List.of(target));
        logger.info("tre");
        held.release(List.of(new ListAppender<>()));
        logger.info("fire");

        assertThat(target.list).extracting(ILoggingEvent::getFormattedMessage).containsExactly("en", "to", "tre", "fire");
        assertThat(target.list.get(1).getThreadName()).isEqualTo("en annen tråd");
    }

    @Test
    void aRunawayLoopBeforeTheFirstFrameIsHeldOnlyUpToTheLimit() {
        for (int i = 0; i < HeldAppender.MAX_HELD + 50; i++) {
            logger.info("linje {}", i);
        }
        held.release(List.of(target));

        assertThat(target.list).hasSize(HeldAppender.MAX_HELD);
        assertThat(target.list.getLast().getFormattedMessage()).isEqualTo("linje " + (HeldAppender.MAX_HELD - 1));
    }

    @Test
    void stoppingStopsTheAppendersItPassesTo() {
        held.release(List.of(target));
        held.stop();

        assertThat(target.isStarted()).isFalse();
    }
}
