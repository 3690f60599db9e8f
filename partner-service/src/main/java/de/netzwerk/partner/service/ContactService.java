package de.netzwerk.partner.service;

import de.netzwerk.partner.ContactChannel;
import de.netzwerk.partner.ContactEntry;
import de.netzwerk.partner.ContactSource;
import de.netzwerk.partner.Partner;
import de.netzwerk.partner.PartnerStatus;
import de.netzwerk.partner.language.Text;
import de.netzwerk.partner.repository.ContactRepository;
import de.netzwerk.partner.repository.PartnerRepository;
import de.netzwerk.partner.service.command.ContactCommand;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.panache.common.Page;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.Period;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Network care (seed 002, step 4): the contact log per partner, and the relationships going cold. */
@ApplicationScoped
@Transactional
public class ContactService {

    private final ContactRepository contacts;
    private final PartnerRepository partners;
    private final NetworkService networks;
    private final Clock clock;

    ContactService(ContactRepository contacts, PartnerRepository partners, NetworkService networks, Clock clock) {
        this.contacts = contacts;
        this.partners = partners;
        this.networks = networks;
        this.clock = clock;
    }

    public ContactEntry record(String networkId, UUID partnerId, ContactCommand request, String actor) {
        Partner partner = partnerOf(networkId, partnerId);
        if (request.contactedOn().isAfter(today(networkId))) {
            throw new InvalidFieldException("contactedOn", Text.of("must-not-be-in-future"));
        }
        ContactEntry entry = new ContactEntry();
        entry.id = UUID.randomUUID();
        entry.networkId = networkId;
        entry.partnerId = partner.id;
        entry.contactedOn = request.contactedOn();
        entry.channel = request.channel();
        entry.level = request.channel().level();
        entry.madeBy = request.madeBy() != null && !request.madeBy().isBlank() ? request.madeBy().strip() : actor;
        entry.note = request.note();
        entry.recordedAt = OffsetDateTime.now(clock);
        entry.source = ContactSource.CONTACT_LOG;
        contacts.persist(entry);
        return entry;
    }

    /** The network of a partner, whichever it is; empty for a partner not known here. */
    public Optional<String> networkOfPartner(UUID partnerId) {
        // An erased partner is not known here any more: a late or replayed contact must not bring them back.
        return partners.findByIdOptional(partnerId).filter(partner -> partner.status != PartnerStatus.ERASED)
                .map(partner -> partner.networkId);
    }

    /**
     * Enters a contact made in the follow-up of an alert (learnt from engagement-service) in the partner's log, on
     * the day it happened in the network's time zone. It counts for relationships going cold like any other
     * relationship-level contact. Once per alert and moment: a contact published again is not entered twice.
     */
    public void recordFollowUp(String networkId, UUID partnerId, UUID alertId, ContactChannel channel,
            OffsetDateTime contactedAt) {
        if (contacts.followUpContactRecorded(alertId, contactedAt)) {
            return;
        }
        ContactEntry entry = new ContactEntry();
        entry.id = UUID.randomUUID();
        entry.networkId = networkId;
        entry.partnerId = partnerId;
        entry.contactedOn = contactedAt.atZoneSameInstant(ZoneId.of(networks.get(networkId).timeZone)).toLocalDate();
        entry.contactedAt = contactedAt;
        entry.channel = channel;
        entry.level = channel.level();
        entry.source = ContactSource.ALERT_FOLLOW_UP;
        entry.alertId = alertId;
        entry.recordedAt = OffsetDateTime.now(clock);
        contacts.persist(entry);
    }

    public ContactPage log(String networkId, UUID partnerId, Page page) {
        PanacheQuery<ContactEntry> query = contacts.ofPartner(partnerOf(networkId, partnerId).id).page(page);
        return new ContactPage(query.list(), query.count());
    }

    /** The partner of the network; an erased one is not known here any more, as if the id were unknown (404). */
    private Partner partnerOf(String networkId, UUID partnerId) {
        return partners.findInNetwork(networkId, partnerId)
                .orElseThrow(() -> new ResourceNotFoundException("partner", partnerId));
    }

    /** Partners without a relationship-level contact within {@code period} (network time), key actors first. */
    public PartnerService.PartnerPage goingCold(String networkId, Period period, boolean listedOnly, Page page) {
        PanacheQuery<Partner> query = partners.goingCold(networkId, today(networkId).minus(period), listedOnly).page(page);
        return new PartnerService.PartnerPage(query.list(), query.count());
    }

    private LocalDate today(String networkId) {
        return LocalDate.now(clock.withZone(ZoneId.of(networks.get(networkId).timeZone)));
    }

    public record ContactPage(List<ContactEntry> entries, long total) {
    }
}
