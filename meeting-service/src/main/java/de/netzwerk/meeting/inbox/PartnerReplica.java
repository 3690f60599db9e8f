package de.netzwerk.meeting.inbox;

import de.netzwerk.meeting.Partner;
import de.netzwerk.meeting.event.PartnerLeft;
import de.netzwerk.meeting.event.PartnerProfile;
import de.netzwerk.meeting.repository.CalendarFeedRepository;
import de.netzwerk.meeting.repository.ErasureRepository;
import de.netzwerk.meeting.repository.PartnerRepository;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;

import java.util.UUID;

/**
 * Keeps meeting-service's replica of the partners of each network from partner-events: which network a partner is
 * of, and whether they left. A partner is of one network for good; an event that names them in another is refused.
 * A partner's events arrive in order (keyed by the partner); the profile version additionally guards against an
 * older state arriving after a newer one. A partner whose data was erased never comes back: a late or replayed event
 * about them changes nothing. A partner who leaves loses their calendar feeds: their links answer nothing from then on.
 */
@ApplicationScoped
public class PartnerReplica {

    private static final Logger LOG = Logger.getLogger(PartnerReplica.class);

    private final PartnerRepository partners;
    private final ErasureRepository erasures;
    private final CalendarFeedRepository feeds;

    PartnerReplica(PartnerRepository partners, ErasureRepository erasures, CalendarFeedRepository feeds) {
        this.partners = partners;
        this.erasures = erasures;
        this.feeds = feeds;
    }

    void apply(IncomingEvent event, PartnerProfile profile) {
        event.requireHeadersMatch(profile.networkId(), profile.partnerId());
        if (erased(event, profile.partnerId())) {
            return;
        }
        Partner partner = knownInNetworkOf(event, profile.partnerId());
        if (partner != null && partner.profileVersion > profile.version()) {
            return;
        }
        if (partner == null) {
            partner = newPartner(profile.networkId(), profile.partnerId());
        }
        partner.status = profile.status();
        partner.profileVersion = profile.version();
        if (!partners.isPersistent(partner)) {
            partners.persist(partner);
        }
    }

    void leave(IncomingEvent event, PartnerLeft left) {
        event.requireHeadersMatch(left.networkId(), left.partnerId());
        if (erased(event, left.partnerId())) {
            return;
        }
        Partner partner = knownInNetworkOf(event, left.partnerId());
        if (partner == null) {
            partner = newPartner(left.networkId(), left.partnerId());
            partner.status = Partner.LEFT;
            partners.persist(partner);
        } else {
            partner.status = Partner.LEFT;
        }
        feeds.deleteOfPartner(left.networkId(), left.partnerId());
    }

    /** True if the partner's data was erased here: then the event must change nothing. */
    boolean erased(IncomingEvent event, UUID partnerId) {
        if (!erasures.isErased(partnerId)) {
            return false;
        }
        LOG.infof("Event %s (%s) names an erased partner and changes nothing", event.id(), event.type());
        return true;
    }

    /** The partner as known so far, or null; refuses an event that names a partner of one network in another. */
    Partner knownInNetworkOf(IncomingEvent event, UUID partnerId) {
        Partner partner = partners.findById(partnerId);
        if (partner != null && !partner.networkId.equals(event.networkId())) {
            throw UnprocessableEventException.ofAnotherNetwork("partner", partnerId, partner.networkId, event);
        }
        return partner;
    }

    private static Partner newPartner(String networkId, UUID partnerId) {
        Partner partner = new Partner();
        partner.id = partnerId;
        partner.networkId = networkId;
        return partner;
    }

    @ApplicationScoped
    static class RegisteredHandler implements EventHandler {
        private final PartnerReplica replica;
        private final EventPayloads payloads;

        RegisteredHandler(PartnerReplica replica, EventPayloads payloads) {
            this.replica = replica;
            this.payloads = payloads;
        }

        @Override
        public String type() {
            return PartnerProfile.REGISTERED;
        }

        @Override
        public void handle(IncomingEvent event) {
            replica.apply(event, payloads.read(event, PartnerProfile.class));
        }
    }

    @ApplicationScoped
    static class UpdatedHandler implements EventHandler {
        private final PartnerReplica replica;
        private final EventPayloads payloads;

        UpdatedHandler(PartnerReplica replica, EventPayloads payloads) {
            this.replica = replica;
            this.payloads = payloads;
        }

        @Override
        public String type() {
            return PartnerProfile.UPDATED;
        }

        @Override
        public void handle(IncomingEvent event) {
            replica.apply(event, payloads.read(event, PartnerProfile.class));
        }
    }

    @ApplicationScoped
    static class LeftHandler implements EventHandler {
        private final PartnerReplica replica;
        private final EventPayloads payloads;

        LeftHandler(PartnerReplica replica, EventPayloads payloads) {
            this.replica = replica;
            this.payloads = payloads;
        }

        @Override
        public String type() {
            return PartnerLeft.TYPE;
        }

        @Override
        public void handle(IncomingEvent event) {
            replica.leave(event, payloads.read(event, PartnerLeft.class));
        }
    }
}
