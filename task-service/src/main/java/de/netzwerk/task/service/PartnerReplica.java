package de.netzwerk.task.service;

import de.netzwerk.task.Partner;
import de.netzwerk.task.PartnerBand;
import de.netzwerk.task.event.BandChanged;
import de.netzwerk.task.event.PartnerLeft;
import de.netzwerk.task.event.PartnerProfile;
import de.netzwerk.task.inbox.EventHandler;
import de.netzwerk.task.inbox.EventPayloads;
import de.netzwerk.task.inbox.IncomingEvent;
import de.netzwerk.task.inbox.UnprocessableEventException;
import de.netzwerk.task.repository.PartnerRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

/**
 * Keeps task-service's replica of the partners (who is active, their expertise, who left) from partner-events,
 * and their engagement band from engagement-events. When a partner leaves, their open tasks are flagged for
 * reassignment. A partner's events arrive in order (keyed by the partner); the profile version and the band's
 * change time additionally guard against an older state arriving after a newer one.
 */
@ApplicationScoped
public class PartnerReplica {

    private static final Set<String> FILLER_WORDS = Set.of("auch", "eine", "einen", "einer", "eines", "gerne", "gern",
            "haben", "oder", "sowie", "unsere", "unser", "unseren", "wenn", "nach", "noch", "mehr", "sind", "wird",
            "werden", "kann", "können", "bieten", "bietet", "biete", "über", "durch", "diese", "dieser", "alle");

    private final PartnerRepository partners;
    private final TaskService tasks;
    private final EntityManager entityManager;

    PartnerReplica(PartnerRepository partners, TaskService tasks, EntityManager entityManager) {
        this.partners = partners;
        this.tasks = tasks;
        this.entityManager = entityManager;
    }

    void apply(IncomingEvent event, PartnerProfile profile) {
        requireConsistent(event, profile.networkId(), profile.partnerId());
        Partner partner = partners.findById(profile.partnerId());
        if (partner != null && partner.profileVersion > profile.version()) {
            return;
        }
        boolean leaving = Partner.LEFT.equals(profile.status()) && (partner == null || !Partner.LEFT.equals(partner.status));
        if (partner == null) {
            partner = new Partner();
            partner.id = profile.partnerId();
        }
        partner.networkId = profile.networkId();
        partner.status = profile.status();
        partner.expertise = lowerCase(profile.expertise());
        partner.offers = offerWords(profile.offers());
        partner.profileVersion = profile.version();
        if (!partners.isPersistent(partner)) {
            partners.persist(partner);
        }
        if (leaving) {
            tasks.flagForReassignment(partner.networkId, partner.id);
        }
    }

    void leave(IncomingEvent event, PartnerLeft left) {
        requireConsistent(event, left.networkId(), left.partnerId());
        Partner partner = partners.findById(left.partnerId());
        if (partner == null) {
            partner = new Partner();
            partner.id = left.partnerId();
            partner.networkId = left.networkId();
            partner.status = Partner.LEFT;
            partners.persist(partner);
        } else {
            partner.status = Partner.LEFT;
        }
        tasks.flagForReassignment(left.networkId(), left.partnerId());
    }

    void band(IncomingEvent event, BandChanged changed) {
        requireConsistent(event, changed.networkId(), changed.partnerId());
        PartnerBand band = entityManager.find(PartnerBand.class, changed.partnerId());
        if (band != null && band.changedAt.isAfter(changed.changedAt())) {
            return;
        }
        if (band == null) {
            band = new PartnerBand();
            band.partnerId = changed.partnerId();
        }
        band.networkId = changed.networkId();
        band.band = changed.band();
        band.score = changed.score();
        band.changedAt = changed.changedAt();
        if (!entityManager.contains(band)) {
            entityManager.persist(band);
        }
    }

    /**
     * The words of a partner's offer ("Räume für Treffen, Kontakte zur Lokalpresse") that can match a task:
     * lower-case, at least four letters, without the filler words that would match any task.
     */
    private static List<String> offerWords(String offers) {
        if (offers == null) {
            return new ArrayList<>();
        }
        return new ArrayList<>(Arrays.stream(offers.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+"))
                .filter(word -> word.length() >= 4 && !FILLER_WORDS.contains(word))
                .distinct()
                .toList());
    }

    private static List<String> lowerCase(List<String> words) {
        return words == null ? new ArrayList<>()
                : new ArrayList<>(words.stream().map(word -> word.strip().toLowerCase(Locale.ROOT)).distinct().toList());
    }

    private static void requireConsistent(IncomingEvent event, String networkId, UUID partnerId) {
        if (!event.networkId().equals(networkId) || !event.subject().equals(partnerId.toString())) {
            throw new UnprocessableEventException("ce_networkid and ce_subject must name the network and partner of the data");
        }
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

    @ApplicationScoped
    static class BandChangedHandler implements EventHandler {
        private final PartnerReplica replica;
        private final EventPayloads payloads;

        BandChangedHandler(PartnerReplica replica, EventPayloads payloads) {
            this.replica = replica;
            this.payloads = payloads;
        }

        @Override
        public String type() {
            return BandChanged.TYPE;
        }

        @Override
        public void handle(IncomingEvent event) {
            replica.band(event, payloads.read(event, BandChanged.class));
        }
    }
}
