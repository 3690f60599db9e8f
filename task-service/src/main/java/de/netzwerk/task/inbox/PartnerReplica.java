package de.netzwerk.task.inbox;

import de.netzwerk.task.Partner;
import de.netzwerk.task.PartnerBand;
import de.netzwerk.task.event.BandChanged;
import de.netzwerk.task.event.PartnerLeft;
import de.netzwerk.task.event.PartnerProfile;
import de.netzwerk.task.event.ScoringStopped;
import de.netzwerk.task.repository.PartnerBandRepository;
import de.netzwerk.task.repository.PartnerRepository;
import de.netzwerk.task.repository.ErasureRepository;
import de.netzwerk.task.service.TaskService;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/**
 * Keeps task-service's replica of the partners (who is active, their expertise, who left) from partner-events,
 * and their engagement band from engagement-events — until the partner objects to being scored, when the band is
 * deleted and suggestions treat them as unscored until a band is published again. When a partner leaves, their open
 * tasks are flagged for reassignment. A partner's events arrive in order (keyed by the partner); the profile version
 * and the band's change time additionally guard against an older state arriving after a newer one. A partner stays in the network
 * first learnt ({@link KnownNetworks}). A partner whose data was erased ({@link PartnerErasure}) never comes back: a late
 * or replayed event about them changes nothing.
 */
@ApplicationScoped
public class PartnerReplica {

    private static final Logger LOG = Logger.getLogger(PartnerReplica.class);

    private final PartnerRepository partners;
    private final PartnerBandRepository bands;
    private final KnownNetworks networks;
    private final TaskService tasks;
    private final ErasureRepository erasures;

    PartnerReplica(PartnerRepository partners, PartnerBandRepository bands, KnownNetworks networks, TaskService tasks,
            ErasureRepository erasures) {
        this.partners = partners;
        this.bands = bands;
        this.networks = networks;
        this.tasks = tasks;
        this.erasures = erasures;
    }

    void apply(IncomingEvent event, PartnerProfile profile) {
        event.requireHeadersMatch(profile.networkId(), profile.partnerId());
        if (erased(event, profile.partnerId())) {
            return;
        }
        networks.requirePartner(event, profile.partnerId());
        Partner partner = partners.findInNetwork(profile.networkId(), profile.partnerId()).orElse(null);
        if (partner != null && partner.profileVersion > profile.version()) {
            return;
        }
        boolean leaving = Partner.LEFT.equals(profile.status()) && (partner == null || !Partner.LEFT.equals(partner.status));
        if (partner == null) {
            partner = new Partner();
            partner.networkId = profile.networkId();
            partner.id = profile.partnerId();
        }
        partner.status = profile.status();
        partner.expertise = lowerCase(profile.expertise());
        partner.profileVersion = profile.version();
        if (!partners.isPersistent(partner)) {
            partners.persist(partner);
        }
        if (leaving) {
            tasks.flagForReassignment(partner.networkId, partner.id);
        }
    }

    void leave(IncomingEvent event, PartnerLeft left) {
        event.requireHeadersMatch(left.networkId(), left.partnerId());
        if (erased(event, left.partnerId())) {
            return;
        }
        networks.requirePartner(event, left.partnerId());
        Partner partner = partners.findInNetwork(left.networkId(), left.partnerId()).orElse(null);
        if (partner == null) {
            partner = new Partner();
            partner.networkId = left.networkId();
            partner.id = left.partnerId();
            partner.status = Partner.LEFT;
            partners.persist(partner);
        } else {
            partner.status = Partner.LEFT;
        }
        tasks.flagForReassignment(left.networkId(), left.partnerId());
    }

    void band(IncomingEvent event, BandChanged changed) {
        event.requireHeadersMatch(changed.networkId(), changed.partnerId());
        if (erased(event, changed.partnerId())) {
            return;
        }
        networks.requirePartner(event, changed.partnerId());
        PartnerBand band = bands.findInNetwork(changed.networkId(), changed.partnerId()).orElse(null);
        if (band != null && band.changedAt.isAfter(changed.changedAt())) {
            return;
        }
        if (band == null) {
            band = new PartnerBand();
            band.networkId = changed.networkId();
            band.partnerId = changed.partnerId();
        }
        band.band = changed.band();
        band.score = changed.score();
        band.changedAt = changed.changedAt();
        if (!bands.isPersistent(band)) {
            bands.persist(band);
        }
    }

    /**
     * Deletes the partner's band: they objected to scoring, and a band kept here would go on profiling them in
     * assignee suggestions. A band changed after scoring stopped (it resumed) stays, like any later change.
     */
    void stopUsingBand(IncomingEvent event, ScoringStopped stopped) {
        event.requireHeadersMatch(stopped.networkId(), stopped.partnerId());
        if (erased(event, stopped.partnerId())) {
            return;
        }
        networks.requirePartner(event, stopped.partnerId());
        bands.findInNetwork(stopped.networkId(), stopped.partnerId())
                .filter(band -> !band.changedAt.isAfter(stopped.stoppedAt()))
                .ifPresent(bands::delete);
    }

    /** True if the partner's data was erased here: then the event must change nothing. */
    private boolean erased(IncomingEvent event, UUID partnerId) {
        if (!erasures.isErased(partnerId)) {
            return false;
        }
        LOG.infof("Event %s (%s) names an erased partner and changes nothing", event.id(), event.type());
        return true;
    }

    private static List<String> lowerCase(List<String> words) {
        return words == null ? new ArrayList<>()
                : new ArrayList<>(words.stream().map(word -> word.strip().toLowerCase(Locale.ROOT)).distinct().toList());
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

    @ApplicationScoped
    static class ScoringStoppedHandler implements EventHandler {
        private final PartnerReplica replica;
        private final EventPayloads payloads;

        ScoringStoppedHandler(PartnerReplica replica, EventPayloads payloads) {
            this.replica = replica;
            this.payloads = payloads;
        }

        @Override
        public String type() {
            return ScoringStopped.TYPE;
        }

        @Override
        public void handle(IncomingEvent event) {
            replica.stopUsingBand(event, payloads.read(event, ScoringStopped.class));
        }
    }
}
