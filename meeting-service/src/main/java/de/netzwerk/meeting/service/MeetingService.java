package de.netzwerk.meeting.service;

import de.netzwerk.meeting.Meeting;
import de.netzwerk.meeting.MeetingFormat;
import de.netzwerk.meeting.event.MeetingCancelled;
import de.netzwerk.meeting.event.MeetingRescheduled;
import de.netzwerk.meeting.event.MeetingScheduled;
import de.netzwerk.meeting.language.Text;
import de.netzwerk.meeting.outbox.Outbox;
import de.netzwerk.meeting.repository.AttendanceRepository;
import de.netzwerk.meeting.repository.MeetingRepository;
import de.netzwerk.meeting.paging.PageRequest;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.DateTimeException;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

@ApplicationScoped
@Transactional
public class MeetingService {

    private final MeetingRepository meetings;
    private final AttendanceRepository attendances;
    private final NetworkReferences references;
    private final Outbox outbox;
    private final NetworkSettings networks;
    private final Clock clock;

    MeetingService(MeetingRepository meetings, AttendanceRepository attendances, NetworkReferences references,
            Outbox outbox, NetworkSettings networks, Clock clock) {
        this.meetings = meetings;
        this.attendances = attendances;
        this.references = references;
        this.outbox = outbox;
        this.networks = networks;
        this.clock = clock;
    }

    /** Schedules a meeting; one that has already started is history being caught up on and may be recorded at once. */
    public Meeting schedule(String networkId, UUID groupId, MeetingDetails details) {
        references.requireGroup(networkId, groupId, "groupId");
        Meeting meeting = new Meeting();
        meeting.id = UUID.randomUUID();
        meeting.networkId = networkId;
        meeting.groupId = groupId;
        meeting.status = Meeting.Status.SCHEDULED;
        meeting.createdAt = OffsetDateTime.now(clock);
        meeting.updatedAt = meeting.createdAt;
        apply(meeting, details);
        meetings.persist(meeting);
        outbox.add(MeetingScheduled.of(meeting));
        return meeting;
    }

    /**
     * Replaces the details of a meeting, if nobody changed it since {@code expectedVersion} was read. Any change raises
     * the calendar sequence; a new start or end is a reschedule and published as such. Repeating the details as they
     * stand changes nothing.
     */
    public Meeting update(String networkId, UUID meetingId, long expectedVersion, MeetingDetails details) {
        Meeting meeting = current(open(networkId, meetingId), expectedVersion);
        OffsetDateTime previousStart = meeting.start();
        OffsetDateTime previousEnd = meeting.end();
        ZoneId zone = zoneOf(networkId, details);
        boolean moved = !previousStart.isEqual(details.startsAt()) || !previousEnd.isEqual(details.endsAt());
        boolean changed = moved || !meeting.title.equals(details.title().strip()) || meeting.format != formatOf(details)
                || !meeting.timeZone.equals(zone.getId()) || !Objects.equals(meeting.place, details.place())
                || !Objects.equals(meeting.onlineLink, details.onlineLink()) || !Objects.equals(meeting.agenda, details.agenda());
        if (!changed) {
            return meeting;
        }
        OffsetDateTime now = OffsetDateTime.now(clock);
        if (moved && details.startsAt().isAfter(now) && attendances.anyRecorded(meetingId)) {
            throw new ConflictException(Text.of("meeting.attended.not-future"));
        }
        apply(meeting, details);
        meeting.sequence++;
        meeting.updatedAt = now;
        if (moved) {
            outbox.add(MeetingRescheduled.of(meeting, previousStart, previousEnd, now));
        }
        return meeting;
    }

    /** Cancels a meeting that has not taken place, as read at {@code expectedVersion}; the reason goes to invitees and calendars. */
    public Meeting cancel(String networkId, UUID meetingId, long expectedVersion, String reason) {
        Meeting meeting = current(open(networkId, meetingId), expectedVersion);
        if (attendances.anyRecorded(meetingId)) {
            throw new ConflictException(Text.of("meeting.attended.not-cancellable"));
        }
        meeting.status = Meeting.Status.CANCELLED;
        meeting.cancellationReason = reason.strip();
        meeting.cancelledAt = OffsetDateTime.now(clock);
        meeting.updatedAt = meeting.cancelledAt;
        meeting.sequence++;
        outbox.add(MeetingCancelled.of(meeting));
        return meeting;
    }

    public Meeting get(String networkId, UUID meetingId) {
        return meetings.findInNetwork(networkId, meetingId)
                .orElseThrow(() -> new ResourceNotFoundException("meeting", meetingId));
    }

    /** A meeting that still takes place: invitations, answers, attendance and minutes need one. */
    public Meeting open(String networkId, UUID meetingId) {
        Meeting meeting = get(networkId, meetingId);
        if (meeting.isCancelled()) {
            throw new ConflictException(Text.of("meeting.cancelled", meeting.cancellationReason));
        }
        return meeting;
    }

    public MeetingPage list(String networkId, MeetingRepository.Filter filter, Sort order, PageRequest page) {
        if (filter.from() != null && filter.to() != null && !filter.to().isAfter(filter.from())) {
            throw new InvalidFieldException("to", Text.of("must-be-after", "from"));
        }
        PanacheQuery<Meeting> query = meetings.inNetwork(networkId, filter, order).page(page.toPanache());
        return new MeetingPage(query.list(), query.count());
    }

    /** The group's meetings of the past year and ahead, cancelled ones included, for its calendar feed. */
    public List<Meeting> calendarOf(String networkId, UUID groupId) {
        references.requireGroupInPath(networkId, groupId);
        OffsetDateTime yearAgo = OffsetDateTime.now(clock).minusYears(1);
        return meetings.inNetwork(networkId, new MeetingRepository.Filter(groupId, yearAgo, null)).list();
    }

    /** The group's meetings still ahead to which invitations were sent. */
    public List<Meeting> upcomingWithInvitations(String networkId, UUID groupId) {
        return meetings.upcomingWithInvitations(networkId, groupId, OffsetDateTime.now(clock));
    }

    /**
     * The meeting if it is still the version the caller read. {@code @Version} makes the write itself conditional too,
     * so a change committed between this check and ours is refused as well (the race, see {@code ProblemMappers}).
     */
    private static Meeting current(Meeting meeting, long expectedVersion) {
        if (meeting.version != expectedVersion) {
            throw new StaleVersionException(meeting.version, expectedVersion);
        }
        return meeting;
    }

    private void apply(Meeting meeting, MeetingDetails details) {
        if (!details.endsAt().isAfter(details.startsAt())) {
            throw new InvalidFieldException("endsAt", Text.of("must-be-after", "startsAt"));
        }
        meeting.title = details.title().strip();
        meeting.format = formatOf(details);
        meeting.startsAt = details.startsAt();
        meeting.endsAt = details.endsAt();
        meeting.timeZone = zoneOf(meeting.networkId, details).getId();
        meeting.place = details.place();
        meeting.onlineLink = details.onlineLink();
        meeting.agenda = details.agenda();
    }

    private static MeetingFormat formatOf(MeetingDetails details) {
        return details.format() == null ? MeetingFormat.WORKING_MEETING : details.format();
    }

    /** The meeting's own zone, or else the network's, as partner-service publishes it. */
    private ZoneId zoneOf(String networkId, MeetingDetails details) {
        if (details.timeZone() == null) {
            return networks.zoneOf(networkId);
        }
        try {
            return ZoneId.of(details.timeZone().strip());
        } catch (DateTimeException e) {
            throw new InvalidFieldException("timeZone", Text.of("time-zone"));
        }
    }

    public record MeetingPage(List<Meeting> meetings, long total) {
    }
}
