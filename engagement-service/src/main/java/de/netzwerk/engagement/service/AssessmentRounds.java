package de.netzwerk.engagement.service;

import de.netzwerk.engagement.PartnerKey;
import de.netzwerk.engagement.repository.AssessmentQueue;
import de.netzwerk.engagement.repository.HistoryRepository;
import de.netzwerk.engagement.repository.ReplayLock;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Takes partners off the {@link AssessmentQueue} and has them assessed, each once per round however many of their
 * events arrived in between; puts them back if that fails or a replay runs.
 */
@ApplicationScoped
public class AssessmentRounds {

    private final AssessmentQueue queue;
    private final PartnerAssessor assessor;
    private final HistoryRepository histories;
    private final ReplayLock replayLock;
    private final MeterRegistry metrics;
    private final Clock clock;
    /** Rounds of {@link #assessPending} under way (see {@link #inProgress}). */
    private final AtomicInteger inProgress = new AtomicInteger();

    AssessmentRounds(AssessmentQueue queue, PartnerAssessor assessor, HistoryRepository histories, ReplayLock replayLock,
            MeterRegistry metrics, Clock clock) {
        this.queue = queue;
        this.assessor = assessor;
        this.histories = histories;
        this.replayLock = replayLock;
        this.metrics = metrics;
        this.clock = clock;
    }

    /**
     * Assesses up to {@code limit} waiting partners; returns how many (0 when none wait or a replay runs). They are
     * taken off the queue first, in a transaction of their own, so that batches of events never wait for an
     * assessment; facts committed meanwhile queue the partner again. The assessment reads one snapshot of the facts
     * ({@link HistoryRepository#inOneSnapshot}). If it fails — a serialization failure among others — they go back.
     */
    public int assessPending(int limit) {
        inProgress.incrementAndGet();
        try {
            return assessClaimed(limit);
        } finally {
            inProgress.decrementAndGet();
        }
    }

    /**
     * Whether partners taken off the queue are being assessed now: they wait no longer in the queue, but their
     * assessment has not committed yet, so whoever waits for the queue to drain waits for them too.
     */
    public int inProgress() {
        return inProgress.get();
    }

    /**
     * After midnight in their network's time zone every partner is due again: decay and overdue days have moved on.
     * Networks' days turn at different moments, so this runs often; a partner already assessed today is left alone.
     */
    @Transactional
    public int requeueThoseWhoseDayTurned() {
        return queue.requeueAssessedBeforeTheirNetworksToday(clock.instant());
    }

    private int assessClaimed(int limit) {
        Set<PartnerKey> claimed = QuarkusTransaction.requiringNew().call(
                () -> replayLock.tryShared() ? queue.claim(limit) : Set.<PartnerKey>of());
        if (claimed.isEmpty()) {
            return 0;
        }
        try {
            boolean assessed = histories.inOneSnapshot(() -> {
                if (!replayLock.tryShared()) {
                    return false;
                }
                assessor.assessNow(claimed);
                return true;
            });
            if (!assessed) {
                QuarkusTransaction.requiringNew().run(() -> queue.queue(claimed));
                return 0;
            }
        } catch (RuntimeException e) {
            QuarkusTransaction.requiringNew().run(() -> queue.queue(claimed));
            throw e;
        }
        metrics.counter("netzwerk.engagement.assessments").increment(claimed.size());
        return claimed.size();
    }
}
