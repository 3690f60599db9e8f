package de.netzwerk.partner.inbox;

import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;

import java.time.Duration;

/**
 * Retries an event whose processing failed for a reason other than the event itself (the database restarting,
 * a lock timeout), so that a passing outage does not send good events to the dead-letter topic. An
 * unprocessable event is not retried; neither is one that keeps failing: after the last attempt it goes to
 * the dead-letter topic with the last error as its reason.
 */
@ApplicationScoped
public class PatientProcessing {

    private static final Logger LOG = Logger.getLogger(PatientProcessing.class);
    static final int ATTEMPTS = 6;
    private static final Duration FIRST_PAUSE = Duration.ofMillis(250);

    public void run(IncomingEvent event, Runnable processing) {
        Duration pause = FIRST_PAUSE;
        for (int attempt = 1; ; attempt++) {
            try {
                processing.run();
                return;
            } catch (UnprocessableEventException e) {
                throw e;
            } catch (RuntimeException e) {
                if (attempt == ATTEMPTS) {
                    throw new UnprocessableEventException("processing failed %d times, last: %s"
                            .formatted(ATTEMPTS, e.getMessage()), e);
                }
                LOG.warnf("Event %s (%s) failed on attempt %d, retrying in %d ms: %s", event.id(), event.type(),
                        attempt, pause.toMillis(), e.getMessage());
                sleep(pause);
                pause = pause.multipliedBy(2);
            }
        }
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
