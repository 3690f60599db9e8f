package de.netzwerk.meeting;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.OffsetDateTime;
import java.util.UUID;

/** An invitation of one partner to one meeting, and whether it went out in time (seed 000: "Seien Sie selbst verbindlich"). */
@Entity
@Table(name = "invitation")
public class Invitation {

    @Id
    public UUID id;

    @Column(name = "meeting_id", nullable = false)
    public UUID meetingId;

    @Column(name = "partner_id", nullable = false)
    public UUID partnerId;

    /** Invited although not a member of the meeting's group. */
    @Column(nullable = false)
    public boolean guest;

    @Column(name = "sent_at", nullable = false)
    public OffsetDateTime sentAt;

    /** Calendar days between sending and the meeting; null when recorded after the meeting (backfilled). */
    @Column(name = "days_ahead")
    public Integer daysAhead;

    /** Sent fewer days ahead than the policy asks. */
    @Column(nullable = false)
    public boolean late;

    /** Recorded after the meeting, e.g. when a network imports its history: never late. */
    @Column(nullable = false)
    public boolean backfilled;

    /** Seed 003: a newcomer who has not had their introductory talk yet; the coordinator should see to it. */
    @Column(name = "introductory_talk_pending", nullable = false)
    public boolean introductoryTalkPending;
}
