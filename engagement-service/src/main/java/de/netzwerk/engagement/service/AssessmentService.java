package de.netzwerk.engagement.service;

import de.netzwerk.engagement.Alert;
import de.netzwerk.engagement.PartnerKey;
import de.netzwerk.engagement.event.BandChanged;
import de.netzwerk.engagement.outbox.Outbox;
import de.netzwerk.engagement.repository.EngagementStore;
import de.netzwerk.engagement.repository.ErasureRepository;
import de.netzwerk.engagement.repository.HistoryRepository;
import de.netzwerk.engagement.repository.PolicyStore;
import de.netzwerk.engagement.repository.ReplayLock;
import de.netzwerk.engagement.repository.ScoringObjectionRepository;
import de.netzwerk.engagement.scoring.Assessment;
import de.netzwerk.engagement.scoring.EngagementCalculator;
import de.netzwerk.engagement.scoring.PartnerHistory;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;

/**
 * Assesses partners whose facts or policy changed: each once per round, however many of their events arrived
 * in between. Stores score and band, publishes band changes and raises or extends alerts.
 */
@ApplicationScoped
public class AssessmentService {

    private final EngagementStore store;
    private final HistoryRepository histories;
    private final PolicyStore policies;
    private final AlertService alerts;
    private final Outbox outbox;
    private final ReplayLock replayLock;
    private final Clock clock;
    private final MeterRegistry metrics;
    private final GroupReview groups;
    private final ErasureRepository erasures;
    private final ScoringObjectionRepository objections;
    private final NetworkSettings networks;
    /** Rounds of {@link #assessPending} under way (see {@link #inProgress}). */
    private final AtomicInteger inProgress = new AtomicInteger();

    AssessmentService(EngagementStore store, HistoryRepository histories, PolicyStore policies, AlertService alerts,
            Outbox outbox, ReplayLock replayLock, Clock clock, MeterRegistry metrics, GroupReview groups,
            ErasureRepository erasures, ScoringObjectionRepository objections, NetworkSettings networks) {
        this.store = store;
        this.histories = histories;
        this.policies = policies;
        this.alerts = alerts;
        this.outbox = outbox;
        this.replayLock = replayLock;
        this.clock = clock;
        this.metrics = metrics;
        this.groups = groups;
        this.erasures = erasures;
        this.objections = objections;
        this.networks = networks;
    }

    /** The day it is now in the network's time zone. */
    public LocalDate today(String network) {
        return networks.today(network);
    }

    /**
     * Assesses up to {@code limit} waiting partners; returns how many (0 when none wait or a replay runs). They are
     * taken off the queue first, in a transaction of their own, so that batches of events never wait for an
     * assessment; facts committed meanwhile queue the partner again. The assessment reads one snapshot of the facts
     * ({@link HistoryRepository#inOneSnapshot}). If it fails — a serialization failure among others — they go back.
     */
    public int assessPending(int limit) {
        inProgress.incrementAndGet();
        try {
            return assessClaimed(limit);
        } finally {
            inProgress.decrementAndGet();
        }
    }

    /**
     * Whether partners taken off the queue are being assessed now: they wait no longer in the queue, but their
     * assessment has not committed yet, so whoever waits for the queue to drain waits for them too.
     */
    public int inProgress() {
        return inProgress.get();
    }

    private int assessClaimed(int limit) {
        Set<PartnerKey> claimed = QuarkusTransaction.requiringNew().call(
                () -> replayLock.tryShared() ? store.claimQueued(limit) : Set.<PartnerKey>of());
        if (claimed.isEmpty()) {
            return 0;
        }
        try {
            boolean assessed = histories.inOneSnapshot(() -> {
                if (!replayLock.tryShared()) {
                    return false;
                }
                assess(claimed);
                return true;
            });
            if (!assessed) {
                QuarkusTransaction.requiringNew().run(() -> store.queue(claimed));
                return 0;
            }
        } catch (RuntimeException e) {
            QuarkusTransaction.requiringNew().run(() -> store.queue(claimed));
            throw e;
        }
        metrics.counter("netzwerk.engagement.assessments").increment(claimed.size());
        return claimed.size();
    }

    /**
     * After midnight in their network's time zone every partner is due again: decay and overdue days have moved on.
     * Networks' days turn at different moments, so this runs often; a partner already assessed today is left alone.
     */
    @Transactional
    public int markStale() {
        return store.markAssessedBeforeTheirNetworksToday(clock.instant());
    }

    /**
     * The partner's assessment today, computed from their facts now (what GET …/engagement/{p} shows); empty until
     * the partner was first assessed in this network.
     */
    public Optional<Current> current(String network, UUID partner) {
        return histories.inOneSnapshot(() -> currentInTransaction(network, partner));
    }

    /** As {@link #current}, read in the caller's transaction: the personal-data export shows what its batch wrote. */
    @Transactional(Transactional.TxType.MANDATORY)
    public Optional<Current> currentInTransaction(String network, UUID partner) {
        PartnerKey key = new PartnerKey(network, partner);
        if (!store.load(List.of(key)).containsKey(key)) {
            return Optional.empty();
        }
        ZoneId zone = networks.zoneOf(network);
        LocalDate today = EngagementCalculator.today(clock, zone);
        PartnerHistory history = histories.load(List.of(key), today, zone).get(key);
        PolicyStore.Versioned policy = policies.current(network);
        return Optional.of(new Current(new EngagementCalculator(zone).assess(history, policy.policy(), today),
                policy.version(), history, zone));
    }

    /** {@code zone}: the network's, in which the assessment's days are. */
    public record Current(Assessment assessment, int policyVersion, PartnerHistory history, ZoneId zone) {
    }

    /**
     * Assesses the partners now, in the caller's transaction, whether they wait or not: for a caller that holds the
     * replay lock itself and feeds facts through the replay path (the order-independence test), where the queue is
     * not drained.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void assessNow(Set<PartnerKey> partners) {
        assess(partners);
    }

    private void assess(Set<PartnerKey> claimed) {
        // A partner erased since they were queued is not assessed: that would write a score about them again.
        // Known gap: an erasure committed while this round is under way is not in its snapshot, so the round may
        // still store that partner's score, kept until an event naming them (or the erasure redelivered) deletes it.
        Set<PartnerKey> partners = new HashSet<>(claimed);
        partners.removeAll(erasures.erasedAmong(claimed));
        // A partner who objected to scoring (GDPR Art. 21) is not scored while the objection is open or once it was
        // upheld: their stored row stays as the objection blanked it, and no alert is raised about them.
        partners.removeAll(objections.objectedAmong(partners));
        if (partners.isEmpty()) {
            return;
        }
        OffsetDateTime now = OffsetDateTime.now(clock);
        Map<String, ZoneId> zoneOf = networks.zonesOf(partners.stream().map(PartnerKey::networkId).distinct().toList());
        Map<ZoneId, List<PartnerKey>> byZone = partners.stream()
                .collect(Collectors.groupingBy(partner -> zoneOf.get(partner.networkId())));
        Map<String, PolicyStore.Versioned> policyOf = policies.current(
                partners.stream().map(PartnerKey::networkId).collect(Collectors.toSet()));
        Map<PartnerKey, EngagementStore.Stored> previous = store.load(partners);
        Map<PartnerKey, List<Alert>> alertsOf = alerts.ofPartners(partners);
        List<EngagementStore.Stored> assessed = new ArrayList<>();
        // Days are days in each network's time zone: the partners of networks in one zone share today and a calculator.
        byZone.forEach((zone, inZone) -> {
            LocalDate today = EngagementCalculator.today(clock, zone);
            EngagementCalculator calculator = new EngagementCalculator(zone);
            Map<PartnerKey, PartnerHistory> loaded = histories.load(inZone, today, zone);
            for (PartnerKey partner : inZone) {
                String network = partner.networkId();
                PolicyStore.Versioned policy = policyOf.get(network);
                Assessment assessment = calculator.assess(loaded.get(partner), policy.policy(), today);
                EngagementStore.Stored before = previous.get(partner);
                if (assessment.band() != null && (before == null || before.band() != assessment.band())) {
                    outbox.add(new BandChanged(network, partner.partnerId(), assessment.band(),
                            before == null ? null : before.band(), assessment.score(), now));
                }
                assessed.add(new EngagementStore.Stored(partner.partnerId(), network, assessment.score(), assessment.band(),
                        assessment.baseline(), assessment.paused(), policy.version(), today, now));
                if (assessment.rulesApplied()) {
                    alerts.follow(partner, assessment.conditions(), assessment.holding(),
                            alertsOf.getOrDefault(partner, List.of()));
                }
                loaded.get(partner).memberships().stream().filter(membership -> membership.activeOn(today))
                        .forEach(membership -> groups.note(network, membership.groupId()));
            }
        });
        store.save(assessed);
    }
}
