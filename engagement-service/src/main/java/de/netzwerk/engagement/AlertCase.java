package de.netzwerk.engagement;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.OffsetDateTime;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

/**
 * The one follow-up of everything that holds for a partner at the same time: its alerts are its reasons, one per
 * rule. A coordinator follows up the case — every standing reason moves with it — and calls once. A new alert of a
 * partner with an open case joins it; once the case is closed, a new condition opens a new case. A group's alerts
 * (GROUP_DYING) are a case of the group.
 */
@Entity
@Table(name = "alert_case")
public class AlertCase {

    @Id
    public UUID id;

    @Column(name = "network_id", nullable = false)
    public String networkId;

    /** The partner the case is about; none for a group's case. */
    @Column(name = "partner_id")
    public UUID partnerId;

    /** The group a group's case is about; none for a partner's case, whose reasons name their groups. */
    @Column(name = "group_id")
    public UUID groupId;

    /** Where the follow-up of its standing reasons stands (see {@link #settle}). */
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public AlertStatus status;

    @Column(name = "opened_at", nullable = false)
    public OffsetDateTime openedAt;

    @Column(name = "closed_at")
    public OffsetDateTime closedAt;

    /** CONDITION_ENDED when the service withdrew every reason before anyone followed the case up. */
    @Enumerated(EnumType.STRING)
    @Column(name = "closing_reason")
    public ClosingReason closingReason;

    @Version
    public long version;

    public static AlertCase open(UUID id, String networkId, UUID partnerId, UUID groupId, OffsetDateTime openedAt) {
        AlertCase opened = new AlertCase();
        opened.id = id;
        opened.networkId = networkId;
        opened.partnerId = partnerId;
        opened.groupId = partnerId == null ? groupId : null;
        opened.status = AlertStatus.OPEN;
        opened.openedAt = openedAt;
        return opened;
    }

    /**
     * Takes the state of its reasons: where its standing (not withdrawn) reasons stand — they move together — or,
     * when every reason was withdrawn, withdrawn itself.
     */
    public void settle(List<Alert> reasons) {
        List<Alert> standing = reasons.stream().filter(reason -> !reason.withdrawn()).toList();
        if (standing.isEmpty()) {
            status = AlertStatus.DISMISSED;
            closingReason = ClosingReason.CONDITION_ENDED;
            closedAt = reasons.stream().map(reason -> reason.closedAt).max(Comparator.naturalOrder()).orElse(closedAt);
            return;
        }
        Alert furthest = standing.stream().max(Comparator.comparing((Alert reason) -> reason.status.ordinal())).orElseThrow();
        status = furthest.status;
        closedAt = furthest.closedAt;
        closingReason = null;
    }

    public boolean open() {
        return AlertStatus.OPEN_STATES.contains(status);
    }

    public boolean withdrawn() {
        return closingReason == ClosingReason.CONDITION_ENDED;
    }
}
