package de.netzwerk.meeting.service;

import de.netzwerk.meeting.Attendance;
import de.netzwerk.meeting.AttendanceStatus;
import de.netzwerk.meeting.Meeting;
import de.netzwerk.meeting.Rsvp;
import de.netzwerk.meeting.event.AttendanceRecorded;
import de.netzwerk.meeting.language.Text;
import de.netzwerk.meeting.outbox.Outbox;
import de.netzwerk.meeting.repository.AttendanceRepository;
import de.netzwerk.meeting.repository.InvitationRepository;
import de.netzwerk.meeting.repository.MeetingRepository;
import de.netzwerk.meeting.repository.RsvpRepository;
import de.netzwerk.meeting.timing.AnswerTiming;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

@ApplicationScoped
@Transactional
public class AttendanceService {

    private final MeetingService meetings;
    private final MeetingRepository meetingRows;
    private final NetworkReferences references;
    private final AttendanceRepository attendances;
    private final RsvpRepository rsvps;
    private final InvitationRepository invitations;
    private final Outbox outbox;
    private final Clock clock;

    AttendanceService(MeetingService meetings, MeetingRepository meetingRows, NetworkReferences references,
            AttendanceRepository attendances, RsvpRepository rsvps, InvitationRepository invitations, Outbox outbox,
            Clock clock) {
        this.meetings = meetings;
        this.meetingRows = meetingRows;
        this.references = references;
        this.attendances = attendances;
        this.rsvps = rsvps;
        this.invitations = invitations;
        this.outbox = outbox;
        this.clock = clock;
    }

    /** A meeting's attendance as it stands, and its version (the ETag). */
    public record AttendanceSheet(List<Attendance> entries, long version) {
    }

    /**
     * Records who was there, if nobody changed the attendance since {@code expectedVersion} was read. An absence of
     * someone who declined before the meeting is recorded as excused. Every entry that changes what was known
     * publishes {@code attendance-recorded} and raises the version once; repeating entries as they stand changes
     * nothing, the version neither.
     */
    public AttendanceSheet record(String networkId, UUID meetingId, long expectedVersion, List<Presence> entries) {
        Meeting meeting = meetings.open(networkId, meetingId);
        OffsetDateTime now = OffsetDateTime.now(clock);
        if (!meeting.hasStarted(now)) {
            throw new ConflictException(Text.of("meeting.not-started.attendance", meeting.start()));
        }
        requireEachPartnerOnce(entries);
        requirePartnersOfTheNetwork(networkId, entries);
        requireInvited(meetingId, entries);
        long version = meetingRows.lockAttendanceVersion(meetingId);
        if (version != expectedVersion) {
            throw new StaleVersionException(version, expectedVersion);
        }
        boolean changed = apply(meeting, entries, now);
        return new AttendanceSheet(attendances.ofMeeting(meetingId), changed ? version + 1 : version);
    }

    /**
     * Records entries already checked (invitees, each once, of the network); unchanged ones publish nothing. Any change
     * raises the attendance's version, so that whoever read it before must read it again to correct it.
     */
    public boolean apply(Meeting meeting, List<Presence> entries, OffsetDateTime now) {
        boolean changed = false;
        Map<UUID, Attendance> known = attendances.ofMeeting(meeting.id).stream()
                .collect(Collectors.toMap(attendance -> attendance.partnerId, Function.identity()));
        for (Presence entry : entries) {
            AttendanceStatus status = excusedIfDeclinedInTime(meeting, entry);
            Attendance attendance = known.get(entry.partnerId());
            if (attendance != null && attendance.status == status) {
                continue;
            }
            if (attendance == null) {
                attendance = new Attendance();
                attendance.id = UUID.randomUUID();
                attendance.meetingId = meeting.id;
                attendance.partnerId = entry.partnerId();
            }
            attendance.status = status;
            attendance.revision++;
            attendance.recordedAt = now;
            if (!attendances.isPersistent(attendance)) {
                attendances.persist(attendance);
            }
            outbox.add(AttendanceRecorded.of(meeting, attendance));
            changed = true;
        }
        if (changed) {
            meetingRows.raiseAttendanceVersion(meeting.id);
        }
        return changed;
    }

    /** Seed 000: whoever said in time that they could not come is excused, not absent. */
    private AttendanceStatus excusedIfDeclinedInTime(Meeting meeting, Presence entry) {
        if (entry.status() != AttendanceStatus.ABSENT) {
            return entry.status();
        }
        return rsvps.find(meeting.id, entry.partnerId())
                .filter(rsvp -> AnswerTiming.excusesAbsence(rsvp.answer == Rsvp.Answer.DECLINED, rsvp.respondedAt,
                        meeting.startsAt))
                .map(declined -> AttendanceStatus.EXCUSED)
                .orElse(AttendanceStatus.ABSENT);
    }

    public AttendanceSheet of(String networkId, UUID meetingId) {
        Meeting meeting = meetings.get(networkId, meetingId);
        return new AttendanceSheet(attendances.ofMeeting(meeting.id), meeting.attendanceVersion);
    }

    private void requirePartnersOfTheNetwork(String networkId, List<Presence> entries) {
        List<UUID> partners = entries.stream().map(Presence::partnerId).toList();
        references.requirePartners(networkId, partners, i -> "entries[%d].partnerId".formatted(i));
    }

    /** Attendance is about invitees: whoever was not invited cannot have been absent, and a typo must not count. */
    private void requireInvited(UUID meetingId, List<Presence> entries) {
        Set<UUID> invitees = invitations.inviteesOf(meetingId);
        for (int i = 0; i < entries.size(); i++) {
            UUID partnerId = entries.get(i).partnerId();
            if (!invitees.contains(partnerId)) {
                throw new InvalidFieldException("entries[%d].partnerId".formatted(i),
                        Text.of("not-invited.invite-first", partnerId));
            }
        }
    }

    private static void requireEachPartnerOnce(List<Presence> entries) {
        Set<UUID> seen = new HashSet<>();
        for (Presence entry : entries) {
            if (!seen.add(entry.partnerId())) {
                throw new InvalidFieldException("entries", Text.of("partner-named-twice", entry.partnerId()));
            }
        }
    }
}
