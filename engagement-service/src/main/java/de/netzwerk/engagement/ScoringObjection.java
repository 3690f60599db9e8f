package de.netzwerk.engagement;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * A partner's objection to being scored (GDPR Art. 21), from the moment it is recorded until a coordinator decides
 * on it or the partner withdraws it. Kept after it is closed: the record of who decided what, and when.
 */
@Entity
@Table(name = "scoring_objection")
public class ScoringObjection {

    @Id
    public UUID id;

    @Column(name = "network_id", nullable = false)
    public String networkId;

    @Column(name = "partner_id", nullable = false)
    public UUID partnerId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public ObjectionStatus status;

    /** The partner's own words; shown to them and to coordinators, never to integrations, never on a topic. */
    @Column
    public String reason;

    @Column(name = "recorded_at", nullable = false)
    public OffsetDateTime recordedAt;

    /** Who recorded it: the partner, or a coordinator on their behalf. */
    @Column(name = "recorded_by", nullable = false)
    public String recordedBy;

    @Column(name = "recorded_on_behalf", nullable = false)
    public boolean recordedOnBehalf;

    @Column(name = "decided_at")
    public OffsetDateTime decidedAt;

    /** The coordinator who upheld or rejected it, or who withdrew it (the partner, or a coordinator for them). */
    @Column(name = "decided_by")
    public String decidedBy;

    /** Why a coordinator decided as they did; for a rejection, the compelling legitimate grounds. */
    @Column
    public String justification;

    @Version
    public long version;

    public static ScoringObjection record(String networkId, UUID partnerId, String reason, String actor,
            boolean onBehalf, OffsetDateTime at) {
        ScoringObjection objection = new ScoringObjection();
        objection.id = UUID.randomUUID();
        objection.networkId = networkId;
        objection.partnerId = partnerId;
        objection.status = ObjectionStatus.OPEN;
        objection.reason = reason;
        objection.recordedAt = at;
        objection.recordedBy = actor;
        objection.recordedOnBehalf = onBehalf;
        return objection;
    }

    /** Closes the open objection: upheld, rejected or withdrawn. */
    public void close(ObjectionStatus outcome, String justification, String actor, OffsetDateTime at) {
        this.status = outcome;
        this.justification = justification;
        this.decidedBy = actor;
        this.decidedAt = at;
    }
}
