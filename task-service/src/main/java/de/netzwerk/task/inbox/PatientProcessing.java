package de.netzwerk.task.inbox;

import de.netzwerk.task.database.DatabaseUnavailable;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Retries an event whose processing failed for a reason other than the event itself, so that a passing outage does
 * not send good events to the dead-letter topic. An unprocessable event is not retried. Two kinds of failure:
 * <ul>
 * <li>The database is away — restarting, failing over, refusing or dropping connections: SQLState class 08,
 * 57P01–57P03, a refused or reset socket anywhere in the cause chain. Processing waits for it, pausing 250 ms
 * doubled up to 5 s, as long as the outage is younger than {@code netzwerk.inbox.database-outage-patience} (40 s by
 * default; a PostgreSQL restart takes seconds to tens of seconds). The outage is the service's, not the event's: the
 * events after one that waited its patience out find it spent, so a long outage holds no record past the limit below.
 * <li>Anything else (a lock or statement timeout, a serialization failure, a bug): {@value #ATTEMPTS} attempts, about
 * 8 s.</li>
 * </ul>
 * Either way, an event whose retries run out goes to the dead-letter topic with the last error as its reason, from
 * where an operator re-sends it once the cause is gone ({@code deploy/local/dead-letters}).
 *
 * <p>Why 40 s: the Kafka connector (its default commit strategy, {@code throttled}) closes a consumer for good when a
 * record has waited longer than {@code throttled.unprocessed-record-max-age.ms}, 60 s by default, to be
 * acknowledged. That is the limit, not {@code max.poll.interval.ms}: the connector keeps polling while a record is
 * processed (it pauses the partitions instead). Whoever raises the patience raises that setting with it.
 */
@ApplicationScoped
public class PatientProcessing {

    private static final Logger LOG = Logger.getLogger(PatientProcessing.class);
    static final int ATTEMPTS = 6;
    private static final Duration FIRST_PAUSE = Duration.ofMillis(250);
    private static final Duration LONGEST_PAUSE = Duration.ofSeconds(5);
    private static final long ANSWERING = Long.MIN_VALUE;

    private final Duration outagePatience;
    /** {@link System#nanoTime()} when processing first found the database away, {@link #ANSWERING} since it answered. */
    private final AtomicLong awaySince = new AtomicLong(ANSWERING);

    PatientProcessing(@ConfigProperty(name = "netzwerk.inbox.database-outage-patience", defaultValue = "40s")
            Duration outagePatience) {
        this.outagePatience = outagePatience;
    }

    public void run(IncomingEvent event, Runnable processing) {
        Duration pause = FIRST_PAUSE;
        int failures = 0;
        while (true) {
            try {
                processing.run();
                awaySince.set(ANSWERING);
                return;
            } catch (UnprocessableEventException e) {
                throw e;
            } catch (RuntimeException e) {
                Duration wait;
                if (databaseAway(e)) {
                    Duration left = outagePatience.minus(awayFor());
                    if (left.isNegative() || left.isZero()) {
                        throw new UnprocessableEventException("the database was unavailable for longer than %d s, last: %s"
                                .formatted(outagePatience.toSeconds(), e.getMessage()), e);
                    }
                    wait = shorter(pause, left);
                } else {
                    // The database answered, with an error: whatever outage there was is over.
                    awaySince.set(ANSWERING);
                    if (++failures == ATTEMPTS) {
                        throw new UnprocessableEventException("processing failed %d times, last: %s"
                                .formatted(ATTEMPTS, e.getMessage()), e);
                    }
                    wait = pause;
                }
                LOG.warnf("Event %s (%s) failed, retrying in %d ms: %s", event.id(), event.type(), wait.toMillis(),
                        e.getMessage());
                sleep(wait);
                pause = shorter(pause.multipliedBy(2), LONGEST_PAUSE);
            }
        }
    }

    /** How long the database has been away, starting the outage now if it was answering until this failure. */
    private Duration awayFor() {
        long now = System.nanoTime();
        awaySince.compareAndSet(ANSWERING, now);
        return Duration.ofNanos(now - awaySince.get());
    }

    /** True if the failure, or anything in its cause chain, says the database cannot be reached right now. */
    static boolean databaseAway(Throwable failure) {
        return DatabaseUnavailable.causedBy(failure);
    }


    private static Duration shorter(Duration one, Duration other) {
        return one.compareTo(other) <= 0 ? one : other;
    }

    private static void sleep(Duration pause) {
        try {
            Thread.sleep(pause);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while waiting to retry an event", e);
        }
    }
}
