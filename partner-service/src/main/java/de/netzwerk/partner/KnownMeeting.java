package de.netzwerk.partner;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * A meeting id of a network, learnt from meeting-service's events: partner-service keeps no meetings, only which ids
 * exist where, so that an offer or a need posted at a meeting names one of its own network.
 */
@Entity
@Table(name = "known_meeting")
public class KnownMeeting {

    @Id
    @Column(name = "meeting_id")
    public UUID meetingId;

    @Column(name = "network_id", nullable = false)
    public String networkId;

    @Column(name = "learnt_at", nullable = false)
    public OffsetDateTime learntAt;
}
