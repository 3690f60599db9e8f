package de.netzwerk.engagement.service;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

/**
 * Drains the partners waiting for assessment. Woken at once when facts commit ({@link FactsApplied}), otherwise it looks
 * every second (events applied by another instance, a policy changed there). Once a day every partner is
 * assessed again, since decay and overdue days move on without any event.
 */
@ApplicationScoped
public class AssessmentWorker {

    private static final Logger LOG = Logger.getLogger(AssessmentWorker.class);
    private static final Duration POLL = Duration.ofSeconds(1);

    private final AssessmentRounds rounds;
    private final GroupReview groups;
    private final int chunk;
    private final Duration catchUpDelay;
    private final Semaphore wake = new Semaphore(0);
    private volatile boolean running;
    private volatile long backlogSeenAt;
    private Thread thread;
    /** The quarter of an hour (since the epoch) of the last look for a new day: see {@link #quarterOfAnHour}. */
    private long lastQuarter = -1;
    private long roundStartedAt;

    private final Clock clock;

    AssessmentWorker(AssessmentRounds rounds, GroupReview groups, Clock clock,
            @ConfigProperty(name = "netzwerk.engagement.assessment-chunk", defaultValue = "500") int chunk,
            @ConfigProperty(name = "netzwerk.engagement.catch-up-delay") Duration catchUpDelay) {
        this.rounds = rounds;
        this.clock = clock;
        this.groups = groups;
        this.chunk = chunk;
        this.catchUpDelay = catchUpDelay;
    }

    /**
     * The consumers are working through a backlog (their batches come full). Assessing a partner after each of
     * their events would then cost more than the events themselves; assessments wait until the backlog is gone,
     * but never longer than the catch-up delay, so that alerts stay timely.
     */
    void backlogSeen(@Observes EventBacklog backlog) {
        backlogSeenAt = System.nanoTime();
    }

    private boolean catchingUp() {
        long now = System.nanoTime();
        boolean backlog = now - backlogSeenAt < Duration.ofSeconds(1).toNanos();
        return backlog && now - roundStartedAt < catchUpDelay.toNanos();
    }

    void start(@Observes StartupEvent startup) {
        running = true;
        thread = Thread.ofPlatform().name("engagement-assessment").daemon().start(this::run);
    }

    void stop(@Observes ShutdownEvent shutdown) throws InterruptedException {
        running = false;
        thread.interrupt();
        thread.join(Duration.ofSeconds(10));
    }

    /**
     * Every time zone's midnight falls on a quarter of an hour in UTC, so looking for partners whose day has turned
     * once a quarter finds each network's new day when it begins.
     */
    private long quarterOfAnHour() {
        return clock.instant().getEpochSecond() / Duration.ofMinutes(15).toSeconds();
    }

    /** Partners were queued: look now, once their facts are committed. */
    void factsApplied(@Observes(during = TransactionPhase.AFTER_SUCCESS) FactsApplied applied) {
        wake.release();
    }

    private void run() {
        int failures = 0;
        while (running) {
            try {
                long quarter = quarterOfAnHour();
                if (quarter != lastQuarter) {
                    int stale = rounds.requeueThoseWhoseDayTurned();
                    if (stale > 0) {
                        LOG.infof("A new day in their network's time zone: %d partners are assessed again", stale);
                    }
                    lastQuarter = quarter;
                }
                if (catchingUp()) {
                    Thread.sleep(100);
                    continue;
                }
                int assessed = rounds.assessPending(chunk);
                failures = 0;
                if (assessed == 0) {
                    // The queue is empty: the round is over, its groups are looked at as a whole, and the next
                    // partner waiting starts a new round.
                    groups.reviewPending();
                    roundStartedAt = System.nanoTime();
                    wake.tryAcquire(POLL.toMillis(), TimeUnit.MILLISECONDS);
                    wake.drainPermits();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (RuntimeException e) {
                if (!running) {
                    return;
                }
                failures++;
                if (failures == 1) {
                    LOG.warnf(e, "Assessing partners failed; they stay queued and are retried");
                }
                sleep(Duration.ofMillis(Math.min(10_000, 250L << Math.min(failures, 6))));
            }
        }
    }

    private void sleep(Duration pause) {
        try {
            Thread.sleep(pause);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            running = false;
        }
    }
}
