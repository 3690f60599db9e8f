package de.netzwerk.meeting;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import java.time.OffsetDateTime;
import java.util.UUID;

/** An invitee has read the minutes, said by themselves or recorded by a coordinator. */
@Entity
@Table(name = "minutes_acknowledgement")
public class MinutesAcknowledgement {

    @Embeddable
    public record Key(@Column(name = "meeting_id") UUID meetingId, @Column(name = "partner_id") UUID partnerId) {
    }

    @EmbeddedId
    public Key id;

    @Column(name = "acknowledged_at", nullable = false)
    public OffsetDateTime acknowledgedAt;

    @Column(name = "recorded_by", nullable = false)
    public String recordedBy;
}
