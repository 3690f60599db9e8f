package de.netzwerk.engagement.service;

import de.netzwerk.engagement.Alert;
import de.netzwerk.engagement.AlertCase;
import de.netzwerk.engagement.AlertStatus;
import de.netzwerk.engagement.ContactChannel;
import de.netzwerk.engagement.FollowUpCause;
import de.netzwerk.engagement.event.AlertResolved;
import de.netzwerk.engagement.event.PartnerContacted;
import de.netzwerk.engagement.language.Text;
import de.netzwerk.engagement.outbox.Outbox;
import de.netzwerk.engagement.repository.AlertCaseRepository;
import de.netzwerk.engagement.repository.AlertRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/**
 * The coordinators' follow-up of a case (acknowledged → contacted → resolved or dismissed), addressed to the case or
 * to one of its alerts: following up one reason follows up the case, so every standing reason moves with it. Closing
 * publishes alert-resolved per reason, a new contact partner-contacted.
 */
@ApplicationScoped
@Transactional
public class AlertFollowUpService {

    private final AlertQueries queries;
    private final AlertRepository alerts;
    private final AlertCaseRepository cases;
    private final Outbox outbox;
    private final Clock clock;

    AlertFollowUpService(AlertQueries queries, AlertRepository alerts, AlertCaseRepository cases, Outbox outbox,
            Clock clock) {
        this.queries = queries;
        this.alerts = alerts;
        this.cases = cases;
        this.outbox = outbox;
        this.clock = clock;
    }

    /** The next step, with who took it and what they found; {@code expectedVersion} is the client's If-Match. */
    public record FollowUp(AlertStatus status, String contactedBy, OffsetDateTime contactedAt,
            ContactChannel contactChannel, FollowUpCause cause, String note, long expectedVersion) {
    }

    /**
     * The follow-up of the alert's case moves forward. Kept for clients that follow up alerts; the version expected
     * (If-Match) is the alert's.
     */
    public Alert followUp(String networkId, UUID alertId, FollowUp change, String actor) {
        Alert alert = queries.get(networkId, alertId);
        AlertCase followed = lockedCase(networkId, alert.caseId);
        // Every follow-up of the alert holds its case's lock: read under it, the version compared is the one written.
        alerts.reread(alert);
        requireVersion(alert.version, change.expectedVersion());
        if (alert.withdrawn()) {
            throw new ConflictException(followed.open() ? Text.of("alert.withdrawn.case-open", followed.id)
                    : Text.of("alert.withdrawn"));
        }
        followUp(followed, change, actor);
        return alert;
    }

    /** The same, addressed to the case; the version expected (If-Match) is the case's. */
    public AlertQueries.CaseView followUpCase(String networkId, UUID caseId, FollowUp change, String actor) {
        AlertCase followed = lockedCase(networkId, caseId);
        requireVersion(followed.version, change.expectedVersion());
        if (followed.withdrawn()) {
            throw new ConflictException(Text.of("case.withdrawn"));
        }
        followUp(followed, change, actor);
        cases.flush();
        return queries.view(followed);
    }

    private AlertCase lockedCase(String networkId, UUID caseId) {
        AlertCase found = queries.getCase(networkId, caseId);
        cases.lockForFollowUp(found);
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
        cases.moveVersion(followed);
        if (!followed.open()) {
            throw new ConflictException(Text.of("case.already", followed.status));
        }
        if (change.status().ordinal() < followed.status.ordinal() || change.status() == AlertStatus.OPEN) {
            throw new ConflictException(Text.of("case.no-way-back", followed.status, change.status()));
        }
        List<Alert> reasons = alerts.reasonsOf(followed.networkId, followed.id);
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
}
