package de.netzwerk.task.inbox;

import de.netzwerk.task.Erasure;
import de.netzwerk.task.event.PartnerDataErased;
import de.netzwerk.task.event.PartnerErased;
import de.netzwerk.task.feed.FeedStore;
import de.netzwerk.task.outbox.Outbox;
import de.netzwerk.task.repository.ErasureRepository;
import de.netzwerk.task.repository.PartnerTraces;
import de.netzwerk.task.service.NetworkTime;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;

import java.time.OffsetDateTime;

/**
 * Erases a partner on partner-service's partner-erased (GDPR Art. 17), in the transaction that records the event:
 * their replica and band are deleted and their tasks lose their owner ({@link PartnerTraces}). No event about their
 * tasks is published: each would name them again. The erasure is recorded and confirmed with partner-data-erased,
 * once per erasure request: a redelivered or repeated request changes nothing and publishes nothing.
 */
@ApplicationScoped
public class PartnerErasure {

    private static final Logger LOG = Logger.getLogger(PartnerErasure.class);

    private final PartnerTraces traces;
    private final ErasureRepository erasures;
    private final KnownNetworks networks;
    private final Outbox outbox;
    private final FeedStore feed;
    private final NetworkTime time;

    PartnerErasure(PartnerTraces traces, ErasureRepository erasures, KnownNetworks networks, Outbox outbox,
            FeedStore feed, NetworkTime time) {
        this.traces = traces;
        this.erasures = erasures;
        this.networks = networks;
        this.outbox = outbox;
        this.feed = feed;
        this.time = time;
    }

    void erase(IncomingEvent event, PartnerErased erased) {
        event.requireHeadersMatch(erased.networkId(), erased.partnerId());
        networks.requirePartner(event, erased.partnerId());
        erasures.firstOf(erased.partnerId()).filter(earlier -> !earlier.networkId.equals(event.networkId()))
                .ifPresent(earlier -> {
                    throw UnprocessableEventException.ofAnotherNetwork("partner", erased.partnerId(),
                            earlier.networkId, event);
                });
        if (erasures.findByIdOptional(erased.erasureId()).isPresent()) {
            return;
        }
        OffsetDateTime now = time.now(erased.networkId());
        int released = traces.releaseTasks(erased.networkId(), erased.partnerId(), now);
        traces.removeReplica(erased.networkId(), erased.partnerId());
        feed.forget(erased.networkId(), erased.partnerId());

        Erasure erasure = new Erasure();
        erasure.erasureId = erased.erasureId();
        erasure.partnerDigest = Erasure.digestOf(erased.partnerId());
        erasure.networkId = erased.networkId();
        erasure.requestedAt = erased.erasedAt();
        erasure.completedAt = now;
        erasures.persist(erasure);
        outbox.add(PartnerDataErased.of(erasure, erased.partnerId()));
        LOG.infof("Erasure %s done: %d tasks kept without their owner", erasure.erasureId, released);
    }

    @ApplicationScoped
    static class ErasedHandler implements EventHandler {
        private final PartnerErasure erasure;
        private final EventPayloads payloads;

        ErasedHandler(PartnerErasure erasure, EventPayloads payloads) {
            this.erasure = erasure;
            this.payloads = payloads;
        }

        @Override
        public String type() {
            return PartnerErased.TYPE;
        }

        @Override
        public void handle(IncomingEvent event) {
            erasure.erase(event, payloads.read(event, PartnerErased.class));
        }
    }
}
