package de.netzwerk.engagement.inbox;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import java.time.Duration;
import java.util.Optional;

/**
 * For the fault-injection runs only ({@code deploy/local/faults}): holds each batch for a while after its facts are
 * committed and before its offsets are acknowledged, so that a run can kill the service in exactly that window and
 * show that the batch, delivered again after the restart, is skipped rather than applied twice. The window exists
 * without the hold too (offsets are committed a few seconds after the facts), but not long enough to aim at. Off
 * unless {@code netzwerk.engagement.faults.hold-after-commit} is set; never set it in production.
 */
@ApplicationScoped
public class OffsetCommitHold {

    /** The line the fault-injection runs wait for before they kill the service. */
    static final String HOLDING = "Batch committed, its offsets not yet: holding";

    private static final Logger LOG = Logger.getLogger(OffsetCommitHold.class);

    private final Optional<Duration> hold;

    OffsetCommitHold(@ConfigProperty(name = "netzwerk.engagement.faults.hold-after-commit") Optional<Duration> hold) {
        this.hold = hold.filter(duration -> !duration.isZero() && !duration.isNegative());
        this.hold.ifPresent(duration -> LOG.warnf("Fault injection is on: every batch is held %s after its commit", duration));
    }

    void afterCommit(int records) {
        if (hold.isEmpty()) {
            return;
        }
        LOG.infof("%s %d records for %s", HOLDING, records, hold.get());
        try {
            Thread.sleep(hold.get());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
