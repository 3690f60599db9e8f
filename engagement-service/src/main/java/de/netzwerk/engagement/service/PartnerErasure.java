package de.netzwerk.engagement.service;

import de.netzwerk.engagement.Erasure;
import de.netzwerk.engagement.PartnerKey;
import de.netzwerk.engagement.event.PartnerDataErased;
import de.netzwerk.engagement.event.PartnerErased;
import de.netzwerk.engagement.feed.FeedStore;
import de.netzwerk.engagement.outbox.Outbox;
import de.netzwerk.engagement.repository.ErasureRepository;
import de.netzwerk.engagement.repository.PartnerTraces;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.jboss.logging.Logger;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.Set;

/**
 * Erases a partner on partner-service's partner-erased (GDPR Art. 17), in the transaction of the batch that
 * carries the event: every row about them is deleted (see {@link PartnerTraces}), the erasure is recorded by a digest
 * of their id and confirmed once per erasure request with partner-data-erased. A repeated request deletes again
 * (nothing is left) and publishes nothing. Events naming an erased partner later — late, redelivered or replayed —
 * are applied like any other and their rows deleted again in the same transaction ({@link #forgetErased}), so that
 * an event naming them next to other partners still counts for those.
 */
@ApplicationScoped
public class PartnerErasure {

    private static final Logger LOG = Logger.getLogger(PartnerErasure.class);

    private final PartnerTraces traces;
    private final ErasureRepository erasures;
    private final Outbox outbox;
    private final FeedStore feed;
    private final Clock clock;

    PartnerErasure(PartnerTraces traces, ErasureRepository erasures, Outbox outbox, FeedStore feed, Clock clock) {
        this.traces = traces;
        this.erasures = erasures;
        this.outbox = outbox;
        this.feed = feed;
        this.clock = clock;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void erase(PartnerErased erased) {
        int rows = traces.remove(erased.networkId(), erased.partnerId());
        traces.removeUnpublishedEvents(erased.networkId(), erased.partnerId());
        feed.forget(erased.networkId(), erased.partnerId());
        if (erasures.findByIdOptional(erased.erasureId()).isPresent()) {
            return;
        }
        Erasure erasure = new Erasure();
        erasure.erasureId = erased.erasureId();
        erasure.partnerDigest = Erasure.digestOf(erased.partnerId());
        erasure.networkId = erased.networkId();
        erasure.requestedAt = erased.erasedAt();
        erasure.completedAt = OffsetDateTime.now(clock);
        erasures.persist(erasure);
        outbox.add(PartnerDataErased.of(erasure, erased.partnerId()));
        LOG.infof("Erasure %s done: %d rows about the partner deleted", erasure.erasureId, rows);
    }

    /**
     * Deletes again what the batch's facts wrote about partners erased earlier; returns those partners, whom
     * nobody must assess.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Set<PartnerKey> forgetErased(Collection<PartnerKey> touched) {
        Set<PartnerKey> erased = erasures.erasedAmong(touched);
        for (PartnerKey partner : erased) {
            traces.remove(partner.networkId(), partner.partnerId());
            LOG.infof("An event named a partner whose data was erased: nothing about them is kept");
        }
        return erased;
    }
}
