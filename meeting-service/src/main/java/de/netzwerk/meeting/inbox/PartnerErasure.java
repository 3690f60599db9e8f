package de.netzwerk.meeting.inbox;

import de.netzwerk.meeting.Erasure;
import de.netzwerk.meeting.event.PartnerDataErased;
import de.netzwerk.meeting.event.PartnerErased;
import de.netzwerk.meeting.feed.FeedStore;
import de.netzwerk.meeting.outbox.Outbox;
import de.netzwerk.meeting.repository.ErasureRepository;
import de.netzwerk.meeting.repository.PartnerTraces;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;

import java.time.Clock;
import java.time.OffsetDateTime;

/**
 * Erases a partner on partner-service's partner-erased (GDPR Art. 17), in the transaction that records the event:
 * their replica, memberships and calendar feeds are deleted, so is everything about meetings still ahead; their
 * invitations, answers, attendance and minutes read of past meetings are kept for the network's counts under a random
 * stand-in, without the reasons they typed. The erasure is recorded and confirmed with partner-data-erased, once per erasure
 * request: a redelivered or repeated request changes nothing and publishes nothing.
 */
@ApplicationScoped
public class PartnerErasure {

    private static final Logger LOG = Logger.getLogger(PartnerErasure.class);

    private final PartnerReplica partners;
    private final PartnerTraces traces;
    private final ErasureRepository erasures;
    private final Outbox outbox;
    private final FeedStore feed;
    private final Clock clock;

    PartnerErasure(PartnerReplica partners, PartnerTraces traces, ErasureRepository erasures, Outbox outbox,
            FeedStore feed, Clock clock) {
        this.partners = partners;
        this.traces = traces;
        this.erasures = erasures;
        this.outbox = outbox;
        this.feed = feed;
        this.clock = clock;
    }

    void erase(IncomingEvent event, PartnerErased erased) {
        event.requireHeadersMatch(erased.networkId(), erased.partnerId());
        partners.knownInNetworkOf(event, erased.partnerId());
        erasures.firstOf(erased.partnerId()).filter(earlier -> !earlier.networkId.equals(event.networkId()))
                .ifPresent(earlier -> {
                    throw UnprocessableEventException.ofAnotherNetwork("partner", erased.partnerId(),
                            earlier.networkId, event);
                });
        if (erasures.findByIdOptional(erased.erasureId()).isPresent()) {
            return;
        }
        OffsetDateTime now = OffsetDateTime.now(clock);
        traces.removeReplica(erased.partnerId());
        traces.removeFromMeetingsAhead(erased.partnerId(), now);
        long kept = traces.anonymisePastMeetings(erased.partnerId());
        feed.forget(erased.networkId(), erased.partnerId());

        Erasure erasure = new Erasure();
        erasure.erasureId = erased.erasureId();
        erasure.partnerDigest = Erasure.digestOf(erased.partnerId());
        erasure.networkId = erased.networkId();
        erasure.requestedAt = erased.erasedAt();
        erasure.completedAt = OffsetDateTime.now(clock);
        erasures.persist(erasure);
        outbox.add(PartnerDataErased.of(erasure, erased.partnerId()));
        LOG.infof("Erasure %s done: %d rows of past meetings kept anonymised", erasure.erasureId, kept);
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
