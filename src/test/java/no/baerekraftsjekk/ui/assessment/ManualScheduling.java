package no.baerekraftsjekk.ui.assessment;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Consumer;

/**
 * Time and background work moved by hand, so autosave tests are deterministic: {@link #advance}
 * fires due timers, {@link #runBackground()} runs the oldest background job and reports its outcome.
 */
final class ManualScheduling implements AutosaveScheduling {
    private Instant now = Instant.parse("2026-11-23T13:32:00Z");
    private final List<Timer> timers = new ArrayList<>();
    private final Deque<Job> jobs = new ArrayDeque<>();

    private final class Timer implements Cancellable {
        final Instant due;
        final Runnable action;
        boolean cancelled;

        Timer(Instant due, Runnable action) {
            this.due = due;
            this.action = action;
        }

        @Override
        public void cancel() {
            cancelled = true;
        }
    }

    private record Job(Callable<Void> work, Runnable onSuccess, Consumer<Throwable> onFailure) {
    }

    final Clock clock = new Clock() {
        @Override
        public ZoneId getZone() {
            return ZoneId.of("Europe/Oslo");
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    };

    @Override
    public Cancellable schedule(Duration delay, Runnable action) {
        Timer timer = new Timer(now.plus(delay), action);
        timers.add(timer);
        return timer;
    }

    @Override
    public void inBackground(Callable<Void> work, Runnable onSuccess, Consumer<Throwable> onFailure) {
        jobs.add(new Job(work, onSuccess, onFailure));
    }

    void advance(Duration duration) {
        Instant end = now.plus(duration);
        while (true) {
            Timer next = timers.stream().filter(t -> !t.cancelled && !t.due.isAfter(end))
                    .min(Comparator.comparing(t -> t.due)).orElse(null);
            if (next == null) {
                break;
            }
            now = next.due;
            timers.remove(next);
            next.action.run();
        }
        now = end;
    }

    int waitingJobs() {
        return jobs.size();
    }

    /** Runs the oldest background job now, then delivers its outcome. */
    void runBackground() {
        Job job = jobs.removeFirst();
        try {
            job.work().call();
        } catch (Exception e) {
            job.onFailure().accept(e);
            return;
        }
        job.onSuccess().run();
    }

    /** Takes the oldest job without running it yet, for tests of writes that overlap a flush. */
    Runnable takeBackground() {
        Job job = jobs.removeFirst();
        return () -> {
            try {
                job.work().call();
            } catch (Exception e) {
                job.onFailure().accept(e);
                return;
            }
            job.onSuccess().run();
        };
    }
}
