package no.baerekraftsjekk.app;

import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.Appender;
import ch.qos.logback.core.AppenderBase;
import java.util.ArrayList;
import java.util.List;

/**
 * The window's log until its first frame is drawn: holds every event, with its own time and
 * thread, until the real appenders are ready; then passes the held ones on in order, and every
 * later one straight through. Making the real appenders (file, rolling, patterns) takes 30–50 ms
 * of a core that the first frame needs more. {@link AppenderBase} makes holding and releasing
 * take turns, so nothing is lost or reordered in between.
 */
final class HeldAppender extends AppenderBase<ILoggingEvent> {
    static final String NAME = "HELD";
    /** Far more than a start logs; a runaway loop before the first frame must not fill the memory. */
    static final int MAX_HELD = 10_000;

    private final List<ILoggingEvent> held = new ArrayList<>();
    private List<Appender<ILoggingEvent>> targets;

    HeldAppender() {
        setName(NAME);
    }

    @Override
    protected void append(ILoggingEvent event) {
        if (targets != null) {
            targets.forEach(target -> target.doAppend(event));
        } else if (held.size() < MAX_HELD) {
            // Takes the thread's name and the message's text now, not when it is written.
            event.prepareForDeferredProcessing();
            held.add(event);
        }
    }

    /** Writes what is held to {@code appenders}, in order, and from now on every event. Once only. */
    synchronized void release(List<Appender<ILoggingEvent>> appenders) {
        if (targets != null) {
            return;
        }
        for (ILoggingEvent event : held) {
            appenders.forEach(target -> target.doAppend(event));
        }
        held.clear();
        targets = List.copyOf(appenders);
    }

    @Override
    public synchronized void stop() {
        if (targets != null) {
            targets.forEach(Appender::stop);
        }
        super.stop();
    }
}
