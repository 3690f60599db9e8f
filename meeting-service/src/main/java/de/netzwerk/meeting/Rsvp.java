package de.netzwerk.meeting;

import de.netzwerk.meeting.timing.AnswerTiming;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.OffsetDateTime;
import java.util.UUID;

/** An invitee's answer (Zusage / Absage). The latest answer counts. */
@Entity
@Table(name = "rsvp")
public class Rsvp {

    public enum Answer {
        ACCEPTED,
        DECLINED
    }

    @Id
    public UUID id;

    @Column(name = "meeting_id", nullable = false)
    public UUID meetingId;

    @Column(name = "partner_id", nullable = false)
    public UUID partnerId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Answer answer;

    public String reason;

    @Column(name = "responded_at", nullable = false)
    public OffsetDateTime respondedAt;

    /** Who recorded it: the partner themselves or a coordinator on their behalf. */
    @Column(name = "recorded_by", nullable = false)
    public String recordedBy;

    /** Said before the meeting started: a decline then makes a later absence excused. */
    public boolean cameBeforeMeeting(Meeting meeting) {
        return AnswerTiming.beforeTheMeeting(respondedAt, meeting.startsAt);
    }
}
