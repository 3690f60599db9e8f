package de.netzwerk.partner.inbox;

import de.netzwerk.partner.ContactLevel;
import de.netzwerk.partner.event.PartnerContacted;
import de.netzwerk.partner.service.ContactService;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * A contact made in an alert's follow-up becomes an entry of the partner's contact log (issue 13, item 6), so that
 * relationship care and follow-up tell the same story. Refused to the dead-letter topic: a partner not known here or
 * of another network than the event's, a content-level channel, an occasion not known.
 */
@ApplicationScoped
class PartnerContactedHandler implements EventHandler {

    private final EventPayloads payloads;
    private final ContactService contacts;

    PartnerContactedHandler(EventPayloads payloads, ContactService contacts) {
        this.payloads = payloads;
        this.contacts = contacts;
    }

    @Override
    public String type() {
        return PartnerContacted.TYPE;
    }

    @Override
    public void handle(IncomingEvent event) {
        PartnerContacted contacted = payloads.read(event, PartnerContacted.class);
        event.requireHeadersMatch(contacted.networkId(), contacted.partnerId());
        if (!PartnerContacted.ALERT_FOLLOW_UP.equals(contacted.occasion())) {
            throw new UnprocessableEventException("occasion " + contacted.occasion() + " is not known here");
        }
        if (contacted.channel().level() != ContactLevel.RELATIONSHIP) {
            throw new UnprocessableEventException("channel " + contacted.channel() + " is no personal contact");
        }
        String partnersNetwork = contacts.networkOfPartner(contacted.partnerId()).orElseThrow(
                () -> new UnprocessableEventException("partner " + contacted.partnerId() + " is not known here"));
        if (!partnersNetwork.equals(event.networkId())) {
            throw UnprocessableEventException.ofAnotherNetwork("partner", contacted.partnerId(), partnersNetwork, event);
        }
        contacts.recordFollowUp(contacted.networkId(), contacted.partnerId(), contacted.alertId(), contacted.channel(),
                contacted.contactedAt());
    }
}
