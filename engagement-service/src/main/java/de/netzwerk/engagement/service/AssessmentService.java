package de.netzwerk.engagement.service;

import de.netzwerk.engagement.PartnerKey;
import de.netzwerk.engagement.repository.EngagementStore;
import de.netzwerk.engagement.repository.HistoryRepository;
import de.netzwerk.engagement.repository.PolicyStore;
import de.netzwerk.engagement.scoring.Assessment;
import de.netzwerk.engagement.scoring.EngagementCalculator;
import de.netzwerk.engagement.scoring.PartnerHistory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * A partner's assessment as it is today, computed from their facts when asked: what a partner's page and the
 * personal-data export show. Storing assessments, publishing band changes and raising alerts is
 * {@link PartnerAssessor}'s; draining the queue is {@link AssessmentRounds}'.
 */
@ApplicationScoped
public class AssessmentService {

    private final EngagementStore store;
    private final HistoryRepository histories;
    private final PolicyStore policies;
    private final Clock clock;
    private final NetworkSettings networks;

    AssessmentService(EngagementStore store, HistoryRepository histories, PolicyStore policies, Clock clock,
            NetworkSettings networks) {
        this.store = store;
        this.histories = histories;
        this.policies = policies;
        this.clock = clock;
        this.networks = networks;
    }

    /** The day it is now in the network's time zone. */
    public LocalDate today(String network) {
        return networks.today(network);
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
}
