package de.netzwerk.engagement.service;

import de.netzwerk.engagement.ObjectionStatus;
import de.netzwerk.engagement.PartnerKey;
import de.netzwerk.engagement.ScoringObjection;
import de.netzwerk.engagement.ScoringState;
import de.netzwerk.engagement.event.ScoringStopped;
import de.netzwerk.engagement.event.Subject;
import de.netzwerk.engagement.language.Text;
import de.netzwerk.engagement.outbox.Outbox;
import de.netzwerk.engagement.repository.AssessmentQueue;
import de.netzwerk.engagement.repository.EngagementStore;
import de.netzwerk.engagement.repository.PolicyStore;
import de.netzwerk.engagement.repository.ScoringObjectionRepository;
import de.netzwerk.engagement.repository.SubjectStore;
import de.netzwerk.engagement.paging.PageRequest;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * A partner's objection to scoring (GDPR Art. 21). Recording it stops scoring at once: the partner's stored score,
 * band and baseline are blanked, the alerts about them nobody acted on are withdrawn as when their condition ends,
 * and the assessment passes them by ({@link AssessmentService}) until a coordinator rejects the objection or the
 * partner withdraws it. Upheld, it keeps them from being scored for good. Alerts a coordinator already follows up
 * stay with that coordinator, marked as ended: they are a conversation under way, not a score. Both publish
 * {@link ScoringStopped}, so that task-service stops using the band it was told about; when scoring resumes, the
 * blanked band makes the next assessment publish band-changed again.
 */
@ApplicationScoped
@Transactional
public class ScoringObjectionService {

    private final ScoringObjectionRepository objections;
    private final EngagementStore store;
    private final AssessmentQueue queue;
    private final PolicyStore policies;
    private final SubjectStore subjects;
    private final AlertService alerts;
    private final Outbox outbox;
    private final NetworkSettings networks;
    private final Clock clock;

    ScoringObjectionService(ScoringObjectionRepository objections, EngagementStore store, AssessmentQueue queue, PolicyStore policies,
            SubjectStore subjects, AlertService alerts, Outbox outbox, NetworkSettings networks, Clock clock) {
        this.objections = objections;
        this.store = store;
        this.queue = queue;
        this.policies = policies;
        this.subjects = subjects;
        this.alerts = alerts;
        this.outbox = outbox;
        this.networks = networks;
        this.clock = clock;
    }

    /** Records the partner's objection; a second one while one is open or upheld is a conflict. */
    public ScoringObjection record(String network, UUID partner, String reason, String actor, boolean onBehalf) {
        requireKnown(network, partner);
        Optional<ScoringObjection> before = objections.latest(network, partner);
        before.filter(found -> ObjectionStatus.STANDING.contains(found.status)).ifPresent(ScoringObjectionService::refuseSecond);
        ScoringObjection objection = ScoringObjection.record(network, partner, reason, actor, onBehalf,
                OffsetDateTime.now(clock));
        // The path names the partner's latest objection, whichever it is: its versions go on from the one before, so
        // an ETag read of a withdrawn objection never matches the new one.
        objection.version = before.map(found -> found.version + 1).orElse(0L);
        try {
            objections.persistAndFlush(objection);
        } catch (PersistenceException e) {
            // Another objection of the partner committed in between (the unique index on standing objections).
            throw new ConflictException(Text.of("objection.open"));
        }
        stopScoring(new PartnerKey(network, partner));
        return objection;
    }

    /** The partner's most recent objection, whatever became of it. */
    public ScoringObjection current(String network, UUID partner) {
        return objections.latest(network, partner)
                .orElseThrow(() -> new ResourceNotFoundException("scoring objection of partner", partner));
    }

    /**
     * Closes the partner's open objection: a coordinator upholds or rejects it (a rejection states its compelling
     * legitimate grounds), or the partner withdraws it. Rejected or withdrawn, the partner is assessed again at once.
     * Only the version the caller read (If-Match) is decided on: an objection withdrawn and made again since, with
     * other words, is another one to read first (412).
     */
    public ScoringObjection close(String network, UUID partner, long basedOn, ObjectionStatus outcome,
            String justification, String actor) {
        ScoringObjection objection = current(network, partner);
        // Read again under a row lock, so that of two decisions at once the second compares with the first's version.
        objections.lockForDecision(objection);
        if (objection.version != basedOn) {
            throw new StaleVersionException(objection.version, basedOn);
        }
        if (objection.status != ObjectionStatus.OPEN) {
            throw new ConflictException(Text.of("objection.closed", objection.status, objection.decidedAt));
        }
        String grounds = justification == null || justification.isBlank() ? null : justification.strip();
        if (outcome == ObjectionStatus.REJECTED && grounds == null) {
            throw new InvalidRequestException("justification", Text.of("grounds-required"));
        }
        if (outcome == ObjectionStatus.WITHDRAWN && grounds != null) {
            throw new InvalidRequestException("justification", Text.of("not-for-withdrawal"));
        }
        objection.close(outcome, grounds, actor, OffsetDateTime.now(clock));
        PartnerKey key = new PartnerKey(network, partner);
        if (outcome == ObjectionStatus.UPHELD) {
            stopScoring(key);
        } else {
            queue.queue(List.of(key));
        }
        return objection;
    }

    public record ObjectionPage(List<ScoringObjection> objections, long total) {
    }

    /** The network's objections in the status given (all if null), the longest waiting first. */
    public ObjectionPage list(String network, ObjectionStatus status, PageRequest page) {
        PanacheQuery<ScoringObjection> query = objections.matching(network, status).page(page.toPanache());
        return new ObjectionPage(query.list(), query.count());
    }

    /** Whether each of the network's partners is scored. */
    public Map<UUID, ScoringState> scoringOf(String network, Collection<UUID> partners) {
        Map<UUID, ScoringState> states = new HashMap<>();
        partners.forEach(partner -> states.put(partner, ScoringState.ACTIVE));
        objections.standingIn(network, partners).forEach((partner, status) -> states.put(partner, ScoringState.of(status)));
        return states;
    }

    public ScoringState scoringOf(String network, UUID partner) {
        return scoringOf(network, Set.of(partner)).get(partner);
    }

    /** Today and the policy in force: what a view of a partner who is not scored still says. */
    public record Unscored(ScoringState scoring, LocalDate asOf, int policyVersion) {
    }

    public Unscored unscored(String network, ScoringState scoring) {
        return new Unscored(scoring, networks.today(network), policies.current(network).version());
    }

    /**
     * Blanks the stored score, band and baseline — the row stays, so that the partner is listed as objected and counts
     * as unscored in their groups — withdraws the open alerts nobody acted on and tells the other services to stop
     * using the band (ids and a time, never the reason). Writing the row also settles a race with an assessment under
     * way: its snapshot no longer matches, PostgreSQL refuses it, and it is retried without the partner — so no
     * band-changed of that assessment follows the event.
     */
    private void stopScoring(PartnerKey key) {
        EngagementStore.Stored before = store.load(List.of(key)).get(key);
        OffsetDateTime now = OffsetDateTime.now(clock);
        store.save(List.of(new EngagementStore.Stored(key.partnerId(), key.networkId(), null, null, null,
                before != null && before.paused(),
                before != null ? before.policyVersion() : policies.current(key.networkId()).version(),
                networks.today(key.networkId()), now)));
        alerts.follow(key, List.of(), Set.of(), alerts.ofPartners(Set.of(key)).getOrDefault(key, List.of()));
        outbox.add(new ScoringStopped(key.networkId(), key.partnerId(), now));
    }

    private void requireKnown(String network, UUID partner) {
        if (!subjects.belongsTo(network, Subject.partner(partner))) {
            throw new ResourceNotFoundException("partner", partner);
        }
    }

    private static void refuseSecond(ScoringObjection standing) {
        throw new ConflictException(standing.status == ObjectionStatus.OPEN
                ? Text.of("objection.open-since", standing.recordedAt)
                : Text.of("objection.upheld", standing.decidedAt));
    }
}
