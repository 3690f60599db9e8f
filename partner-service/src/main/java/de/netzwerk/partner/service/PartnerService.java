package de.netzwerk.partner.service;

import de.netzwerk.partner.Consent;
import de.netzwerk.partner.ConsentPurpose;
import de.netzwerk.partner.Partner;
import de.netzwerk.partner.PartnerStatus;
import de.netzwerk.partner.event.PartnerLeft;
import de.netzwerk.partner.event.PartnerRegistered;
import de.netzwerk.partner.event.PartnerUpdated;
import de.netzwerk.partner.language.Text;
import de.netzwerk.partner.outbox.Outbox;
import de.netzwerk.partner.repository.PartnerRepository;
import de.netzwerk.partner.service.command.PartnerCommand;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import org.hibernate.jpa.HibernateHints;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Sort;
import io.quarkus.security.ForbiddenException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;
import java.util.UUID;

@ApplicationScoped
@Transactional
public class PartnerService {

    private final PartnerRepository partners;
    private final NetworkService networks;
    private final MembershipService memberships;
    private final ConsentService consents;
    private final Outbox outbox;
    private final Clock clock;

    PartnerService(PartnerRepository partners, NetworkService networks, MembershipService memberships,
            ConsentService consents, Outbox outbox, Clock clock) {
        this.partners = partners;
        this.networks = networks;
        this.memberships = memberships;
        this.consents = consents;
        this.outbox = outbox;
        this.clock = clock;
    }

    /** Registers a partner in an existing network; {@code actor} is recorded as who gave the consents. */
    public Partner register(String networkId, PartnerCommand request, String actor) {
        networks.get(networkId);
        requireNotErasedStatus(request);
        requireResponsibleInNetwork(networkId, request);
        requireExternalIdFree(networkId, request.externalId(), null);
        return create(networkId, request, actor, OffsetDateTime.now(clock));
    }

    /**
     * Stores a new partner with their consents and publishes partner-registered, without checking the request against
     * the network: the caller did ({@link #register}, or an import checking a whole file at once).
     */
    Partner create(String networkId, PartnerCommand request, String actor, OffsetDateTime now) {
        Partner partner = new Partner();
        partner.id = UUID.randomUUID();
        partner.networkId = networkId;
        partner.status = request.status() != null ? request.status() : PartnerStatus.ACTIVE;
        partner.contactConsent = Consent.recorded(Boolean.TRUE.equals(request.contactConsent()), now, actor);
        partner.listingConsent = Consent.recorded(Boolean.TRUE.equals(request.listingConsent()), now, actor);
        partner.stayListedConsent = Consent.recorded(Boolean.TRUE.equals(request.stayListedConsent()), now, actor);
        partner.leftAt = partner.status == PartnerStatus.LEFT ? now : null;
        applyProfile(partner, request);
        partner.createdAt = now;
        partner.updatedAt = now;
        partners.persist(partner);
        consents.record(partner, ConsentPurpose.CONTACT, partner.contactConsent);
        consents.record(partner, ConsentPurpose.LISTING, partner.listingConsent);
        consents.record(partner, ConsentPurpose.STAY_LISTED, partner.stayListedConsent);
        outbox.add(PartnerRegistered.of(partner));
        return partner;
    }

    /** The partner; 410 Gone for one whose personal data was erased, so that nobody writes to their tombstone. */
    public Partner get(String networkId, UUID partnerId) {
        Partner partner = partners.findEvenErased(networkId, partnerId)
                .orElseThrow(() -> new ResourceNotFoundException("partner", partnerId));
        if (partner.status == PartnerStatus.ERASED) {
            throw new PartnerErasedException(partnerId);
        }
        return partner;
    }

    public PartnerPage search(String networkId, PartnerRepository.Search search, Sort sort, Page page) {
        // Read-only: a page is only shown, so Hibernate keeps no snapshot of its partners to compare at commit.
        PanacheQuery<Partner> query = partners.search(networkId, search, sort).page(page)
                .withHint(HibernateHints.HINT_READ_ONLY, true);
        return new PartnerPage(query.list(), query.count());
    }

    /**
     * Replaces a partner's profile if nobody changed it since {@code expectedVersion} was read. A consent is
     * re-recorded (when, by whom) and added to the partner's consent history only when its answer changes. Leaving
     * publishes {@code partner-left} besides {@code partner-updated} and ends the partner's memberships; the partner
     * and their history stay, their contact data until {@link LeftPartnersContactData} removes it. Coming back clears
     * the date they left. A member editing their own profile may not change the {@link CoordinatorFields}.
     */
    public Partner update(String networkId, UUID partnerId, long expectedVersion, PartnerCommand request, String actor,
            Editor editor) {
        Partner partner = get(networkId, partnerId);
        if (partner.version != expectedVersion) {
            throw new StaleVersionException(partner.version, expectedVersion);
        }
        requireNotErasedStatus(request);
        requireAllowed(editor, request, partner);
        requireResponsibleInNetwork(networkId, request);
        requireExternalIdFree(networkId, request.externalId(), partner.id);
        if (isUnchanged(partner, request)) {
            return partner; // a repeated request changes nothing and publishes nothing
        }
        PartnerStatus before = partner.status;
        change(partner, request, actor, OffsetDateTime.now(clock));
        partners.flush(); // raises the version the event and the response carry
        published(partner, before);
        return partner;
    }

    /** Whether {@code request} would leave the partner as it is. */
    static boolean isUnchanged(Partner partner, PartnerCommand request) {
        return Snapshot.of(partner).equals(Snapshot.requested(partner, request));
    }

    /**
     * Applies a checked request to the partner: its profile, status and consents (a changed answer is recorded anew).
     * Publishes nothing: once the version is raised (flushed), {@link #published} does.
     */
    void change(Partner partner, PartnerCommand request, String actor, OffsetDateTime now) {
        PartnerStatus before = partner.status;
        applyProfile(partner, request);
        if (request.status() != null) {
            partner.status = request.status();
        }
        partner.contactConsent = reRecorded(partner, ConsentPurpose.CONTACT, partner.contactConsent,
                request.contactConsent(), now, actor);
        partner.listingConsent = reRecorded(partner, ConsentPurpose.LISTING, partner.listingConsent,
                request.listingConsent(), now, actor);
        partner.stayListedConsent = reRecorded(partner, ConsentPurpose.STAY_LISTED, partner.stayListedConsent,
                request.stayListedConsent(), now, actor);
        if (partner.status != before) {
            partner.leftAt = partner.status == PartnerStatus.LEFT ? now : null;
        }
        partner.updatedAt = now;
    }

    /** Publishes a change {@link #change} made, once flushed; a partner who left now leaves their groups too. */
    void published(Partner partner, PartnerStatus before) {
        outbox.add(PartnerUpdated.of(partner));
        if (partner.status == PartnerStatus.LEFT && before != PartnerStatus.LEFT) {
            outbox.add(PartnerLeft.of(partner));
            memberships.endAllOf(partner);
        }
    }

    private static void applyProfile(Partner partner, PartnerCommand request) {
        partner.kind = request.kind();
        partner.sector = request.sector();
        partner.name = request.name().strip();
        partner.email = request.email();
        partner.phone = request.phone();
        Set<String> expertise = Tags.normalise(request.expertise());
        if (!partner.expertise.equals(expertise)) {
            partner.expertise.clear();
            partner.expertise.addAll(expertise);
        }
        partner.interests = request.interests();
        partner.offers = request.offers();
        partner.responsiblePartnerId = request.responsiblePartnerId();
        partner.externalId = request.externalId();
    }

    private static void requireAllowed(Editor editor, PartnerCommand request, Partner partner) {
        List<String> coordinators = CoordinatorFields.changedBy(request, partner);
        if (editor == Editor.MEMBER && !coordinators.isEmpty()) {
            throw new ForbiddenException("Only a coordinator changes " + String.join(", ", coordinators));
        }
    }

    /** A partner becomes ERASED only through the erasure of their personal data, never by a status sent. */
    private static void requireNotErasedStatus(PartnerCommand request) {
        if (request.status() == PartnerStatus.ERASED) {
            throw new InvalidFieldException("status", Text.of("erased-by-erasure-only"));
        }
    }

    private void requireResponsibleInNetwork(String networkId, PartnerCommand request) {
        UUID responsible = request.responsiblePartnerId();
        if (responsible != null && partners.findInNetwork(networkId, responsible).isEmpty()) {
            throw new UnknownReferenceException("responsiblePartnerId", "partner");
        }
    }

    /** An external id names one partner of the network: 409 if another ({@code self} excepted) has it already. */
    private void requireExternalIdFree(String networkId, String externalId, UUID self) {
        if (externalId != null) {
            partners.findByExternalId(networkId, externalId).filter(other -> !other.id.equals(self)).ifPresent(other -> {
                throw new ConflictException(Text.of("partner.external-id-taken", externalId));
            });
        }
    }

    /** The consent as answered now; a changed answer is recorded anew and added to the partner's history. */
    private Consent reRecorded(Partner partner, ConsentPurpose purpose, Consent current, Boolean answer,
            OffsetDateTime now, String actor) {
        boolean given = Boolean.TRUE.equals(answer);
        if (current.given == given) {
            return current;
        }
        Consent changed = Consent.recorded(given, now, actor);
        consents.record(partner, purpose, changed);
        return changed;
    }

    public record PartnerPage(List<Partner> partners, long total) {
    }

    /** Who updates a profile: a coordinator of the network, or the member whose profile it is. */
    public enum Editor {
        COORDINATOR,
        MEMBER
    }

    /** Everything a caller can change, to tell a real change from a repeated one before touching the entity. */
    private record Snapshot(Object kind, Object sector, String name, String email, String phone, Set<String> expertise,
            String interests, String offers, Object status, boolean contactConsent, boolean listingConsent,
            boolean stayListedConsent, UUID responsiblePartnerId, String externalId) {

        static Snapshot of(Partner partner) {
            return new Snapshot(partner.kind, partner.sector, partner.name, partner.email, partner.phone,
                    Set.copyOf(partner.expertise), partner.interests, partner.offers, partner.status,
                    partner.contactConsent.given, partner.listingConsent.given, partner.stayListedConsent.given,
                    partner.responsiblePartnerId, partner.externalId);
        }

        static Snapshot requested(Partner partner, PartnerCommand request) {
            return new Snapshot(request.kind(), request.sector(), request.name().strip(), request.email(),
                    request.phone(), Set.copyOf(Tags.normalise(request.expertise())), request.interests(),
                    request.offers(), request.status() != null ? request.status() : partner.status,
                    Boolean.TRUE.equals(request.contactConsent()), Boolean.TRUE.equals(request.listingConsent()),
                    Boolean.TRUE.equals(request.stayListedConsent()), request.responsiblePartnerId(), request.externalId());
        }
    }
}
