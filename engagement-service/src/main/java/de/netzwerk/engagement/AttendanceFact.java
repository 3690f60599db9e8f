package de.netzwerk.engagement;

import de.netzwerk.engagement.event.AttendanceRecorded;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.OffsetDateTime;
import java.util.UUID;

/** The latest known attendance of one partner at one meeting, as meeting-service reported it. */
@Entity
@Table(name = "attendance")
public class AttendanceFact {

    @Id
    public UUID id;

    @Column(name = "network_id", nullable = false)
    public String networkId;

    @Column(name = "meeting_id", nullable = false)
    public UUID meetingId;

    @Column(name = "group_id", nullable = false)
    public UUID groupId;

    @Column(name = "partner_id", nullable = false)
    public UUID partnerId;

    @Column(name = "meeting_starts_at", nullable = false)
    public OffsetDateTime meetingStartsAt;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public AttendanceRecorded.Status status;

    @Column(nullable = false)
    public int revision;
}
