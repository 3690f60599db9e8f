package de.netzwerk.engagement.service;

import de.netzwerk.engagement.alerting.CaseText;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import de.netzwerk.engagement.Alert;
import de.netzwerk.engagement.AlertCase;
import de.netzwerk.engagement.AlertRule;
import de.netzwerk.engagement.AlertStatus;
import de.netzwerk.engagement.ClosingReason;
import de.netzwerk.engagement.ContactChannel;
import de.netzwerk.engagement.Evidence;
import de.netzwerk.engagement.FollowUpCause;
import de.netzwerk.engagement.PartnerKey;
import de.netzwerk.engagement.alerting.AlertBookkeeping;
import de.netzwerk.engagement.alerting.AlertDecision;
import de.netzwerk.engagement.alerting.KnownAlert;
import de.netzwerk.engagement.event.AlertResolved;
import de.netzwerk.engagement.event.DisengagementDetected;
import de.netzwerk.engagement.event.PartnerContacted;
import de.netzwerk.engagement.language.Languages;
import de.netzwerk.engagement.language.Text;
import de.netzwerk.engagement.outbox.Outbox;
import de.netzwerk.engagement.repository.AlertCaseRepository;
import de.netzwerk.engagement.repository.AlertRepository;
import de.netzwerk.engagement.paging.PageRequest;
import de.netzwerk.engagement.scoring.AlertCondition;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

@ApplicationScoped
@Transactional
public class AlertService {

    private final AlertRepository alerts;
    private final AlertCaseRepository cases;
    private final Outbox outbox;
    private final EntityManager entityManager;
    private final Clock clock;
    private final AlertBookkeeping bookkeeping = new AlertBookkeeping();

    AlertService(AlertRepository alerts, AlertCaseRepository cases, Outbox outbox, EntityManager entityManager,
            Clock clock) {
        this.alerts = alerts;
        this.cases = cases;
        this.outbox = outbox;
        this.entityManager = entityManager;
        this.clock = clock;
    }

    /** The network's alerts matching the filter, in the order of a sort key such as {@code -raisedAt}. */
    public AlertPage list(String networkId, AlertRepository.Filter filter, String sort, PageRequest page) {
        PanacheQuery<Alert> query = alerts.matching(networkId, filter, sort).page(page.toPanache());
        return new AlertPage(query.list(), query.count());
    }

    public Alert get(String networkId, UUID alertId) {
        return alerts.findInNetwork(networkId, alertId).orElseThrow(() -> new ResourceNotFoundException("alert", alertId));
    }

    /** The network's cases matching every filter given, most recently opened first. */
    public CasePage listCases(String networkId, UUID partnerId, AlertStatus status, PageRequest page) {
        PanacheQuery<AlertCase> query = cases.matching(networkId, partnerId, status).page(page.toPanache());
        return new CasePage(query.list().stream().map(this::view).toList(), query.count());
    }

    public AlertCase getCase(String networkId, UUID caseId) {
        return cases.findInNetwork(networkId, caseId).orElseThrow(() -> new ResourceNotFoundException("case", caseId));
    }

    public CaseView view(AlertCase found) {
        return new CaseView(found, reasonsOf(found));
    }

    /** The case's alerts, its reasons, in the order they were raised. */
    private List<Alert> reasonsOf(AlertCase found) {
        return entityManager.createQuery("""
                        select distinct a from Alert a left join fetch a.evidence
                        where a.networkId = :network and a.caseId = :case order by a.raisedAt, a.id""", Alert.class)
                .setParameter("network", found.networkId).setParameter("case", found.id).getResultList();
    }

    /** Every alert (any status) of the partners, each in their own network, to decide what is new. */
    @Transactional(Transactional.TxType.MANDATORY)
    public Map<PartnerKey, List<Alert>> ofPartners(Collection<PartnerKey> partners) {
        Map<PartnerKey, List<Alert>> found = new HashMap<>();
        partners.stream().collect(Collectors.groupingBy(PartnerKey::networkId,
                Collectors.mapping(PartnerKey::partnerId, Collectors.toSet()))).forEach((network, ids) ->
                entityManager.createQuery("""
                                select distinct a from Alert a left join fetch a.evidence
                                where a.networkId = :network and a.partnerId in :partners""", Alert.class)
                        .setParameter("network", network)
                        .setParameter("partners", ids)
                        // A list, not a stream: a streamed fetch join can hand out an alert before all its evidence is read.
                        .getResultList()
                        .forEach(alert -> found.computeIfAbsent(new PartnerKey(alert.networkId, alert.partnerId),
                                key -> new ArrayList<>()).add(alert)));
        return found;
    }

    /**
     * Brings the partner's alerts in line with the conditions that hold now, as {@link AlertBookkeeping} decides:
     * raises, extends or withdraws alerts, publishing what it raises and withdraws. While the partner is paused no
     * condition is given but the rules that hold still are ({@code holding}): a pause raises nothing, and ends only
     * the alerts whose facts it covers. Called only when the rules were looked at: leaving the network suspends them,
     * it does not end their conditions.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void follow(PartnerKey partner, List<AlertCondition> conditions, Set<AlertRule> holding, List<Alert> existing) {
        carryOut(partner.networkId(), partner.partnerId(), conditions, holding, existing);
    }

    /**
     * The same for a whole group (GROUP_DYING): one open alert per group and rule, no partner named. An empty
     * condition means the group was looked at and the rule does not hold for it.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void followGroup(String networkId, UUID groupId, AlertRule rule, Optional<AlertCondition> condition) {
        List<Alert> existing = entityManager.createQuery("""
                        select distinct a from Alert a left join fetch a.evidence
                        where a.networkId = :network and a.groupId = :group and a.partnerId is null and a.rule = :rule""",
                        Alert.class)
                .setParameter("network", networkId).setParameter("group", groupId)
                .setParameter("rule", rule)
                .getResultList();
        carryOut(networkId, null, condition.stream().toList(), condition.stream().map(AlertCondition::rule).collect(Collectors.toSet()),
                existing);
    }

    /** The stored alert as the bookkeeping sees it. */
    public static KnownAlert known(Alert alert) {
        KnownAlert.State state = alert.withdrawn() ? KnownAlert.State.WITHDRAWN
                : !AlertStatus.OPEN_STATES.contains(alert.status) ? KnownAlert.State.CLOSED
                : alert.followedUp() ? KnownAlert.State.FOLLOWED_UP : KnownAlert.State.OPEN;
        return new KnownAlert(alert.id, alert.caseId, alert.rule, state,
                alert.evidence.stream().map(item -> new KnownAlert.Proof(item.kind.name(), item.referenceId))
                        .collect(Collectors.toSet()),
                alert.summaryText().orElse(null), alert.conditionEndedAt != null);
    }

    private void carryOut(String networkId, UUID partnerId, List<AlertCondition> conditions, Set<AlertRule> holding,
            List<Alert> existing) {
        Map<UUID, Alert> byId = new HashMap<>();
        existing.forEach(alert -> byId.put(alert.id, alert));
        Set<UUID> casesTouched = new LinkedHashSet<>();
        for (AlertDecision decision : bookkeeping.decide(existing.stream().map(AlertService::known).toList(), conditions,
                holding)) {
            if (decision instanceof AlertDecision.Raise || decision instanceof AlertDecision.Withdraw) {
                casesTouched.add(decision instanceof AlertDecision.Raise raise ? raise.caseId()
                        : byId.get(decision.alertId()).caseId);
            }
            switch (decision) {
                case AlertDecision.Raise raise -> byId.put(raise.alertId(), raise(networkId, partnerId, raise, byId.values()));
                case AlertDecision.ExtendEvidence extend -> {
                    Alert alert = byId.get(extend.alertId());
                    alert.evidence.addAll(evidence(extend.condition()));
                    restate(alert, extend.condition());
                }
                case AlertDecision.ReplaceEvidence replace -> {
                    Alert alert = byId.get(replace.alertId());
                    alert.evidence.clear();
                    alert.evidence.addAll(evidence(replace.condition()));
                    restate(alert, replace.condition());
                }
                case AlertDecision.Restate restate -> restate(byId.get(restate.alertId()), restate.condition());
                case AlertDecision.ClearConditionEnded back -> byId.get(back.alertId()).conditionEndedAt = null;
                case AlertDecision.Withdraw withdraw -> withdraw(byId.get(withdraw.alertId()));
                case AlertDecision.MarkConditionEnded ended -> byId.get(ended.alertId()).conditionEndedAt =
                        OffsetDateTime.now(clock);
                case AlertDecision.Nothing nothing -> {
                }
            }
        }
        for (UUID caseId : casesTouched) {
            caseOf(networkId, caseId).settle(byId.values().stream().filter(alert -> caseId.equals(alert.caseId)).toList());
        }
    }

    private AlertCase caseOf(String networkId, UUID caseId) {
        return cases.findInNetwork(networkId, caseId).orElseThrow(() -> new IllegalStateException("case " + caseId));
    }

    private static Set<Evidence> evidence(AlertCondition condition) {
        return condition.evidence().stream()
                .map(proof -> Evidence.of(Evidence.Kind.valueOf(proof.kind()), proof.id(), proof.groupId(), proof.occurredAt()))
                .collect(Collectors.toCollection(LinkedHashSet::new));
    }

    /** Only a changed summary touches the alert: a re-assessment that finds nothing new must not change its version. */
    private static void restate(Alert alert, AlertCondition condition) {
        if (!alert.summaryText().equals(Optional.of(condition.summary()))) {
            alert.summarise(condition.summary());
        }
    }

    /**
     * A new alert, as a reason of the case open for the partner (or group) or of a new one. Joining a case a
     * coordinator already follows up, it takes the case's follow-up: the reasons of a case move together, and the
     * coordinator sees the new reason in the case they are on.
     */
    private Alert raise(String networkId, UUID partnerId, AlertDecision.Raise decision, Collection<Alert> known) {
        AlertCondition condition = decision.condition();
        Alert raised = new Alert();
        raised.id = decision.alertId();
        raised.networkId = networkId;
        raised.partnerId = partnerId;
        raised.caseId = decision.caseId();
        raised.rule = condition.rule();
        raised.groupId = condition.groupId();
        raised.status = AlertStatus.OPEN;
        raised.raisedAt = OffsetDateTime.now(clock);
        raised.summarise(condition.summary());
        raised.evidence.addAll(evidence(condition));
        if (decision.opensCase()) {
            cases.persist(AlertCase.open(decision.caseId(), networkId, partnerId, condition.groupId(), raised.raisedAt));
        } else {
            known.stream().filter(reason -> decision.caseId().equals(reason.caseId) && !reason.withdrawn()
                    && AlertStatus.OPEN_STATES.contains(reason.status) && reason.followedUp())
                    .findFirst().ifPresent(reason -> takeFollowUp(raised, reason));
        }
        alerts.persist(raised);
        if (partnerId != null) {
            outbox.add(new DisengagementDetected(networkId, partnerId, raised.id, raised.rule, raised.groupId,
                    raised.evidence.stream().map(item -> new DisengagementDetected.Proof(item.kind.name(), item.referenceId,
                            item.occurredAt)).toList(), CaseText.suggestedNextStep(raised.rule, Languages.ENGLISH), raised.raisedAt,
                    raised.caseId));
        }
        return raised;
    }

    private static void takeFollowUp(Alert alert, Alert from) {
        alert.status = from.status;
        alert.acknowledgedAt = from.acknowledgedAt;
        alert.acknowledgedBy = from.acknowledgedBy;
        alert.contactedAt = from.contactedAt;
        alert.contactedBy = from.contactedBy;
        alert.contactChannel = from.contactChannel;
        alert.note = from.note;
    }

    /**
     * The alert's rule no longer holds and nobody has acted on it yet: it is withdrawn — closed as DISMISSED with the
     * closing reason CONDITION_ENDED and no cause, kept in the history and published as alert-resolved — so the open
     * list shows only what still needs a call.
     */
    private void withdraw(Alert alert) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        alert.status = AlertStatus.DISMISSED;
        alert.closingReason = ClosingReason.CONDITION_ENDED;
        alert.conditionEndedAt = now;
        alert.closedAt = now;
        if (alert.partnerId != null) {
            outbox.add(new AlertResolved(alert.networkId, alert.partnerId, alert.id, alert.rule, alert.status, null, now,
                    ClosingReason.CONDITION_ENDED, alert.caseId));
        }
    }

    /**
     * The follow-up of the alert's case moves forward (acknowledged → contacted → resolved or dismissed): following
     * up one reason follows up the case, so every standing reason moves with it. Kept for clients that follow up
     * alerts; the version expected (If-Match) is the alert's.
     */
    public Alert followUp(String networkId, UUID alertId, FollowUp change, String actor) {
        Alert alert = get(networkId, alertId);
        AlertCase followed = lockedCase(networkId, alert.caseId);
        // Every follow-up of the alert holds its case's lock: read under it, the version compared is the one written.
        entityManager.refresh(alert);
        requireVersion(alert.version, change.expectedVersion());
        if (alert.withdrawn()) {
            throw new ConflictException(followed.open() ? Text.of("alert.withdrawn.case-open", followed.id)
                    : Text.of("alert.withdrawn"));
        }
        followUp(followed, change, actor);
        return alert;
    }

    /** The same, addressed to the case; the version expected (If-Match) is the case's. */
    public CaseView followUpCase(String networkId, UUID caseId, FollowUp change, String actor) {
        AlertCase followed = lockedCase(networkId, caseId);
        requireVersion(followed.version, change.expectedVersion());
        if (followed.withdrawn()) {
            throw new ConflictException(Text.of("case.withdrawn"));
        }
        followUp(followed, change, actor);
        entityManager.flush();
        return view(followed);
    }

    /**
     * The case, read again under a row lock: one follow-up of a case at a time, and a version compared with what
     * another follow-up committed a moment ago, not with what this transaction read before it waited.
     */
    private AlertCase lockedCase(String networkId, UUID caseId) {
        AlertCase found = getCase(networkId, caseId);
        entityManager.refresh(found, LockModeType.PESSIMISTIC_WRITE);
        return found;
    }

    private static void requireVersion(long stored, long expected) {
        if (stored != expected) {
            throw new StaleVersionException(stored, expected);
        }
    }

    private void followUp(AlertCase followed, FollowUp change, String actor) {
        // One follow-up of a case at a time (two coordinators on two of its alerts), and even a note alone is a
        // change of the case that a client holding its version must learn of: the version moves now, in the answer.
        entityManager.lock(followed, LockModeType.PESSIMISTIC_FORCE_INCREMENT);
        if (!followed.open()) {
            throw new ConflictException(Text.of("case.already", followed.status));
        }
        if (change.status().ordinal() < followed.status.ordinal() || change.status() == AlertStatus.OPEN) {
            throw new ConflictException(Text.of("case.no-way-back", followed.status, change.status()));
        }
        List<Alert> reasons = reasonsOf(followed);
        List<Alert> standing = reasons.stream()
                .filter(reason -> !reason.withdrawn() && AlertStatus.OPEN_STATES.contains(reason.status)).toList();
        OffsetDateTime now = OffsetDateTime.now(clock);
        // Its reasons share the follow-up: the first reason speaks for the case's contact in the contact log.
        Alert first = standing.getFirst();
        ContactChannel channelBefore = first.contactChannel;
        OffsetDateTime contactedBefore = first.contactedAt;
        for (Alert reason : standing) {
            moveForward(reason, change, actor, now);
            // The events are about partners (their schemas require one); a group's case is followed up here only.
            if (reason.partnerId != null && !AlertStatus.OPEN_STATES.contains(reason.status)) {
                outbox.add(new AlertResolved(reason.networkId, reason.partnerId, reason.id, reason.rule, reason.status,
                        reason.cause, now, null, reason.caseId));
            }
        }
        if (first.partnerId != null && isNewContact(first, channelBefore, contactedBefore)) {
            outbox.add(PartnerContacted.followingUp(first.networkId, first.partnerId, first.id, first.contactChannel,
                    first.contactedAt));
        }
        followed.settle(reasons);
    }

    private static void moveForward(Alert alert, FollowUp change, String actor, OffsetDateTime now) {
        switch (change.status()) {
            case ACKNOWLEDGED -> {
                alert.acknowledgedAt = now;
                alert.acknowledgedBy = actor;
            }
            case CONTACTED -> contacted(alert, change, actor, now);
            case RESOLVED, DISMISSED -> {
                if (change.contactedAt() != null || change.contactChannel() != null) {
                    contacted(alert, change, actor, now);
                }
                alert.cause = change.cause();
                alert.closedAt = now;
                alert.closedBy = actor;
            }
            default -> throw new IllegalStateException("unreachable");
        }
        if (alert.acknowledgedAt == null) {
            alert.acknowledgedAt = now;
            alert.acknowledgedBy = actor;
        }
        if (change.note() != null) {
            alert.note = change.note();
        }
        alert.status = change.status();
    }

    /**
     * A contact given again when the alert is closed, with the same channel and no time of its own, is the contact
     * already recorded: it keeps its time, so the contact log learns of it once. A time without a channel corrects
     * the time of the contact recorded.
     */
    private static void contacted(Alert alert, FollowUp change, String actor, OffsetDateTime now) {
        boolean repeated = alert.contactedAt != null && change.contactedAt() == null
                && (change.contactChannel() == null || change.contactChannel() == alert.contactChannel);
        if (repeated) {
            if (change.contactedBy() != null) {
                alert.contactedBy = change.contactedBy();
            }
            return;
        }
        alert.contactedBy = change.contactedBy() != null ? change.contactedBy() : actor;
        alert.contactedAt = change.contactedAt() != null ? change.contactedAt() : now;
        alert.contactChannel = change.contactChannel() != null ? change.contactChannel() : alert.contactChannel;
    }

    /** Whether the follow-up recorded a contact the contact log has not heard of: a first one, or one corrected. */
    private static boolean isNewContact(Alert alert, ContactChannel channelBefore, OffsetDateTime contactedBefore) {
        return alert.contactChannel != null && alert.contactedAt != null
                && (alert.contactChannel != channelBefore || contactedBefore == null
                        || !alert.contactedAt.isEqual(contactedBefore));
    }

    /**
     * How the network's closed cases were explained: personal reasons, or how the network works? Cases are counted,
     * not alerts: a case resolved with one cause counts once, however many rules held. Only what coordinators found
     * counts as resolved or dismissed; cases withdrawn because the conditions of all their reasons ended are counted
     * apart.
     */
    public Causes causes(String networkId, OffsetDateTime from, OffsetDateTime to) {
        List<Object[]> rows = entityManager.createQuery("""
                        select a.cause, count(distinct a.caseId) from Alert a
                        where a.networkId = :network and a.status = :resolved
                          and (cast(:from as timestamp) is null or a.closedAt >= :from)
                          and (cast(:to as timestamp) is null or a.closedAt < :to)
                        group by a.cause""", Object[].class)
                .setParameter("network", networkId)
                .setParameter("resolved", AlertStatus.RESOLVED)
                .setParameter("from", from)
                .setParameter("to", to)
                .getResultList();
        Map<FollowUpCause, Long> counts = new EnumMap<>(FollowUpCause.class);
        for (FollowUpCause cause : FollowUpCause.values()) {
            counts.put(cause, 0L);
        }
        long withoutCause = 0;
        for (Object[] row : rows) {
            if (row[0] == null) {
                withoutCause += (Long) row[1];
            } else {
                counts.put((FollowUpCause) row[0], (Long) row[1]);
            }
        }
        long dismissed = cases.count("networkId = :network and status = :dismissed and closingReason is null",
                Parameters.with("network", networkId).and("dismissed", AlertStatus.DISMISSED));
        long withdrawn = cases.count("networkId = :network and closingReason = :ended",
                Parameters.with("network", networkId).and("ended", ClosingReason.CONDITION_ENDED));
        long open = cases.count("networkId = :network and status in :open",
                Parameters.with("network", networkId).and("open", AlertStatus.OPEN_STATES));
        return new Causes(counts, withoutCause, dismissed, withdrawn, open);
    }

    public record FollowUp(AlertStatus status, String contactedBy, OffsetDateTime contactedAt,
            ContactChannel contactChannel, FollowUpCause cause, String note, long expectedVersion) {
    }

    /**
     * Counts of cases.
     *
     * @param withdrawn closed by the service because the conditions of all their reasons ended before anyone
     *                  followed them up
     */
    public record Causes(@Schema(required = true) Map<FollowUpCause, Long> resolvedByCause,
            @Schema(required = true) long resolvedWithoutCause, @Schema(required = true) long dismissed,
            @Schema(required = true) long withdrawn, @Schema(required = true) long open) {
    }

    public record AlertPage(List<Alert> alerts, long total) {
    }

    /** A case with its reasons, in the order they were raised. */
    public record CaseView(AlertCase alertCase, List<Alert> reasons) {
    }

    public record CasePage(List<CaseView> cases, long total) {
    }

}
