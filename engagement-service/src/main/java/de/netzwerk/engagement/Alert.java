package de.netzwerk.engagement;

import de.netzwerk.engagement.scoring.AlertRule;
import de.netzwerk.engagement.language.Languages;
import de.netzwerk.engagement.language.Messages;
import de.netzwerk.engagement.language.Text;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.annotations.Generated;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.generator.EventType;
import org.hibernate.type.SqlTypes;

import java.time.OffsetDateTime;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/** A sign that a partner may be drifting away, for a coordinator to follow up. */
@Entity
@Table(name = "alert")
public class Alert {

    @Id
    public UUID id;

    @Column(name = "network_id", nullable = false)
    public String networkId;

    /** The partner the alert is about; none for an alert about a whole group (see AlertRule#GROUP_DYING). */
    @Column(name = "partner_id")
    public UUID partnerId;

    /** The case the alert is a reason of: the one follow-up of everything holding for the partner (or group). */
    @Column(name = "case_id", nullable = false)
    public UUID caseId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public AlertRule rule;

    /** The group the alert is about, for rules that look at one group. */
    @Column(name = "group_id")
    public UUID groupId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public AlertStatus status;

    @Column(name = "raised_at", nullable = false)
    public OffsetDateTime raisedAt;

    /**
     * Grows while the alert is open: new evidence is added to it, not raised as a second alert (see AlertRule).
     * Keyed by the alert's network as well as its id, like every row here.
     */
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "alert_evidence", joinColumns = {
            @JoinColumn(name = "network_id", referencedColumnName = "network_id"),
            @JoinColumn(name = "alert_id", referencedColumnName = "id") })
    @OrderBy("occurredAt")
    public Set<Evidence> evidence = new LinkedHashSet<>();

    /**
     * Why the rule holds, in an English sentence: the words of alerts stated before summaries had codes, and of the
     * personal-data export. Shown to readers in their language from {@link #summaryCode} and {@link #summaryArgs}.
     */
    @Column(length = 500)
    public String summary;

    /** Why the rule holds as a stable code ({@code summary.absence-streak}); null for an alert not stated since V44. */
    @Column(name = "summary_code", length = 64)
    public String summaryCode;

    /** The code's arguments, as written into its words. */
    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "summary_args")
    public List<String> summaryArgs;

    /** The summary as a code with its arguments, or none for an alert stated before summaries had codes. */
    public Optional<Text> summaryText() {
        return summaryCode == null ? Optional.empty() : Optional.of(new Text(summaryCode, List.copyOf(summaryArgs)));
    }

    /** States why the rule holds: the code and arguments to show in the reader's language, and the English words. */
    public void summarise(Text text) {
        summaryCode = text.code();
        summaryArgs = text.args().stream().map(String::valueOf).toList();
        summary = Messages.render(text, Languages.ENGLISH);
    }

    @Column(name = "acknowledged_at")
    public OffsetDateTime acknowledgedAt;

    @Column(name = "acknowledged_by")
    public String acknowledgedBy;

    @Column(name = "contacted_at")
    public OffsetDateTime contactedAt;

    @Column(name = "contacted_by")
    public String contactedBy;

    @Enumerated(EnumType.STRING)
    @Column(name = "contact_channel")
    public ContactChannel contactChannel;

    @Enumerated(EnumType.STRING)
    public FollowUpCause cause;

    public String note;

    @Column(name = "closed_at")
    public OffsetDateTime closedAt;

    @Column(name = "closed_by")
    public String closedBy;

    /** Set when the service withdrew the alert itself (then no one closed it and there is no cause). */
    @Enumerated(EnumType.STRING)
    @Column(name = "closing_reason")
    public ClosingReason closingReason;

    /**
     * While a coordinator follows the alert up: since when its condition no longer holds, so they know the reason to
     * call has gone (the alert stays theirs to close). Null while the condition holds.
     */
    @Column(name = "condition_ended_at")
    public OffsetDateTime conditionEndedAt;

    /** Whether a coordinator has started to follow the alert up (then only they close it). */
    public boolean followedUp() {
        return status != AlertStatus.OPEN || acknowledgedAt != null;
    }

    /** Closed by the service because its condition ended before anyone followed it up. */
    public boolean withdrawn() {
        return closingReason == ClosingReason.CONDITION_ENDED;
    }

    /**
     * When the alert last changed: stamped by the database on every write of its row (see migration V43), so that
     * no change can forget it; read back after each write.
     */
    @Generated(event = { EventType.INSERT, EventType.UPDATE })
    @Column(name = "updated_at", insertable = false, updatable = false)
    public OffsetDateTime updatedAt;

    @Version
    public long version;
}
