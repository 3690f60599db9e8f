package de.netzwerk.engagement;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.OffsetDateTime;
import java.util.Objects;
import java.util.UUID;

/**
 * What an alert rests on: a meeting missed or a task overdue, or for SILENCE the partner's last sign of life, so a
 * coordinator can check it.
 */
@Embeddable
public class Evidence {

    @Schema(name = "EvidenceKind")
    public enum Kind {
        MEETING,
        TASK,
        GOAL,
        GROUP,
        /** An offer, a need or a match of the resource exchange: a partner's last sign of life (SILENCE). */
        EXCHANGE_OFFER,
        EXCHANGE_NEED,
        EXCHANGE_MATCH
    }

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Kind kind;

    @Column(name = "reference_id", nullable = false)
    public UUID referenceId;

    @Column(name = "group_id")
    public UUID groupId;

    @Column(name = "occurred_at", nullable = false)
    public OffsetDateTime occurredAt;

    public static Evidence of(Kind kind, UUID referenceId, UUID groupId, OffsetDateTime occurredAt) {
        Evidence evidence = new Evidence();
        evidence.kind = kind;
        evidence.referenceId = referenceId;
        evidence.groupId = groupId;
        evidence.occurredAt = occurredAt;
        return evidence;
    }

    public static Evidence meeting(UUID meetingId, UUID groupId, OffsetDateTime startsAt) {
        Evidence evidence = new Evidence();
        evidence.kind = Kind.MEETING;
        evidence.referenceId = meetingId;
        evidence.groupId = groupId;
        evidence.occurredAt = startsAt;
        return evidence;
    }

    /** Two pieces of evidence are the same when they point at the same meeting or task. */
    @Override
    public boolean equals(Object other) {
        return other instanceof Evidence that && kind == that.kind && Objects.equals(referenceId, that.referenceId);
    }

    @Override
    public int hashCode() {
        return Objects.hash(kind, referenceId);
    }
}
