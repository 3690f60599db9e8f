package de.netzwerk.partner.service;

import de.netzwerk.partner.ActorNeed;
import de.netzwerk.partner.Consent;
import de.netzwerk.partner.Erasure;
import de.netzwerk.partner.ErasureReason;
import de.netzwerk.partner.Partner;
import de.netzwerk.partner.PartnerStatus;
import de.netzwerk.partner.StrategicGoal;
import de.netzwerk.partner.event.GoalActorNeedsChanged;
import de.netzwerk.partner.event.PartnerErased;
import de.netzwerk.partner.feed.FeedStore;
import de.netzwerk.partner.outbox.Outbox;
import de.netzwerk.partner.repository.ErasureRepository;
import de.netzwerk.partner.repository.GoalRepository;
import de.netzwerk.partner.repository.PartnerRepository;
import de.netzwerk.partner.repository.PartnerTraces;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Erases a partner's personal data from partner-service (GDPR Art. 17, issue 14 item 2) and coordinates the other
 * services' part: in one transaction the partner becomes a tombstone, everything about them here is deleted or
 * anonymised ({@link PartnerTraces}), the erasure is recorded as confirmed by this service, and {@code partner-erased}
 * goes into the outbox for the others, who confirm on their topics.
 */
@ApplicationScoped
public class PartnerErasure {

    /** How this service names itself among those confirming. */
    public static final String SERVICE = "partner-service";
    /** What an actor need says instead of naming an erased partner: the goal still shows an actor is needed. */
    static final String ERASED_ACTOR = "Partner (Daten gelöscht)";

    private final PartnerRepository partners;
    private final ErasureRepository erasures;
    private final GoalRepository goals;
    private final PartnerTraces traces;
    private final Outbox outbox;
    private final FeedStore feed;
    private final Clock clock;

    PartnerErasure(PartnerRepository partners, ErasureRepository erasures, GoalRepository goals, PartnerTraces traces,
            Outbox outbox, FeedStore feed, Clock clock) {
        this.partners = partners;
        this.erasures = erasures;
        this.goals = goals;
        this.traces = traces;
        this.outbox = outbox;
        this.feed = feed;
        this.clock = clock;
    }

    /** The erasure, and whether this request made it (false: the partner had been erased before, by it). */
    public record Outcome(Erasure erasure, boolean requestedNow) {
    }

    /** Erases the partner, or answers the erasure that already did: a repeated request starts no second one. */
    @Transactional
    public Outcome erase(String networkId, UUID partnerId, ErasureReason reason, String coordinator) {
        Partner partner = partners.findForErasure(networkId, partnerId)
                .orElseThrow(() -> new ResourceNotFoundException("partner", partnerId));
        var earlier = erasures.findOfPartner(networkId, partnerId);
        if (earlier.isPresent()) {
            return new Outcome(earlier.get(), false);
        }
        OffsetDateTime now = OffsetDateTime.now(clock);
        traces.remove(networkId, partnerId, partner.name);
        feed.forget(networkId, partnerId);
        anonymiseActorNeeds(networkId, partnerId);
        tombstone(partner, now);
        Erasure erasure = new Erasure();
        erasure.id = UUID.randomUUID();
        erasure.networkId = networkId;
        erasure.partnerId = partnerId;
        erasure.reason = reason;
        erasure.requestedAt = now;
        erasure.requestedBy = coordinator;
        erasure.confirmations.add(Erasure.Confirmation.of(SERVICE, now));
        erasures.persist(erasure);
        outbox.add(PartnerErased.of(erasure));
        return new Outcome(erasure, true);
    }

    /** The erasure of a partner of the network: 404 for an unknown partner and for one never erased. */
    @Transactional
    public Erasure of(String networkId, UUID partnerId) {
        partners.findEvenErased(networkId, partnerId).orElseThrow(() -> new ResourceNotFoundException("partner", partnerId));
        return erasures.findOfPartner(networkId, partnerId)
                .orElseThrow(() -> new ResourceNotFoundException("erasure", partnerId));
    }

    /** The erasure, locked until the transaction ends, so that confirmations arriving at once queue up. */
    @Transactional(Transactional.TxType.MANDATORY)
    public Optional<Erasure> forConfirmation(UUID erasureId) {
        return erasures.findForConfirmation(erasureId);
    }

    /** Records that {@code service} erased its part when it says; a repeated confirmation keeps the first. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void confirm(Erasure erasure, String service, OffsetDateTime erasedAt) {
        if (!erasure.confirmedBy(service)) {
            erasure.confirmations.add(Erasure.Confirmation.of(service, erasedAt));
        }
    }

    /** The goals still need an actor there, but no longer name the partner; key actors stay key actors. */
    private void anonymiseActorNeeds(String networkId, UUID partnerId) {
        List<StrategicGoal> naming = goals.list(
                "select distinct g from StrategicGoal g join g.actorNeeds n where g.networkId = ?1 and n.partnerId = ?2",
                networkId, partnerId);
        for (StrategicGoal goal : naming) {
            for (ActorNeed need : goal.actorNeeds) {
                if (partnerId.equals(need.partnerId)) {
                    need.partnerId = null;
                    need.description = ERASED_ACTOR;
                }
            }
            goal.updatedAt = OffsetDateTime.now(clock);
            outbox.add(GoalActorNeedsChanged.of(goal));
        }
    }

    /** Only what keeps the id from coming back stays: id, network, kind, sector, when registered and erased. */
    private static void tombstone(Partner partner, OffsetDateTime now) {
        partner.status = PartnerStatus.ERASED;
        partner.erasedAt = now;
        partner.name = null;
        partner.email = null;
        partner.phone = null;
        partner.externalId = null;
        partner.interests = null;
        partner.offers = null;
        partner.expertise.clear();
        partner.contactConsent = Consent.recorded(false, null, null);
        partner.listingConsent = Consent.recorded(false, null, null);
        partner.stayListedConsent = Consent.recorded(false, null, null);
        partner.leftAt = null;
        partner.contactDataRemoval = null;
        partner.responsiblePartnerId = null;
        partner.updatedAt = now;
    }
}
