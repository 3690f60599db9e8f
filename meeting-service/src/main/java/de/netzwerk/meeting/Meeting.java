package de.netzwerk.meeting;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.UUID;

/**
 * A meeting of one group of a network. Start and end are instants; the time zone says where the meeting
 * takes place, so that its dates, "days ahead" and calendars read as the people there see them.
 */
@Entity
@Table(name = "meeting")
public class Meeting {

    public enum Status {
        SCHEDULED,
        CANCELLED
    }

    @Id
    public UUID id;

    @Column(name = "network_id", nullable = false)
    public String networkId;

    @Column(name = "group_id", nullable = false)
    public UUID groupId;

    @Column(nullable = false)
    public String title;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public MeetingFormat format;

    @Column(name = "starts_at", nullable = false)
    public OffsetDateTime startsAt;

    @Column(name = "ends_at", nullable = false)
    public OffsetDateTime endsAt;

    @Column(name = "time_zone", nullable = false)
    public String timeZone;

    public String place;

    @Column(name = "online_link")
    public String onlineLink;

    public String agenda;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Status status;

    @Column(name = "cancellation_reason")
    public String cancellationReason;

    @Column(name = "cancelled_at")
    public OffsetDateTime cancelledAt;

    /** iCalendar SEQUENCE: raised on every change a calendar client must pick up. */
    @Column(nullable = false)
    public int sequence;

    @Column(name = "created_at", nullable = false)
    public OffsetDateTime createdAt;

    /** The last change of the meeting itself (details, cancellation): what {@code updatedSince} filters by. */
    @Column(name = "updated_at", nullable = false)
    public OffsetDateTime updatedAt;

    @Version
    public long version;

    /**
     * The version of the meeting's attendance, its ETag. Raised by a query that holds the meeting's row (see
     * {@code MeetingRepository}), never written through this entity, so that recording attendance does not change the
     * meeting's own version and a correction of its details is not refused for it.
     */
    @Column(name = "attendance_version", insertable = false, updatable = false)
    public long attendanceVersion;

    public ZoneId zone() {
        return ZoneId.of(timeZone);
    }

    /** The start as the people at the meeting read it, with their offset. */
    public OffsetDateTime start() {
        return startsAt.atZoneSameInstant(zone()).toOffsetDateTime();
    }

    public OffsetDateTime end() {
        return endsAt.atZoneSameInstant(zone()).toOffsetDateTime();
    }

    public boolean isCancelled() {
        return status == Status.CANCELLED;
    }

    public boolean hasStarted(OffsetDateTime now) {
        return !startsAt.isAfter(now);
    }
}
