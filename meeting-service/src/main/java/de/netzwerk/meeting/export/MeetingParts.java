package de.netzwerk.meeting.export;

import de.netzwerk.meeting.Attendance;
import de.netzwerk.meeting.AttendanceStatus;
import de.netzwerk.meeting.Invitation;
import de.netzwerk.meeting.Meeting;
import de.netzwerk.meeting.Minutes;
import de.netzwerk.meeting.MinutesAcknowledgement;
import de.netzwerk.meeting.Partner;
import de.netzwerk.meeting.Rsvp;
import de.netzwerk.meeting.export.MeetingPart.AnswerRecord;
import de.netzwerk.meeting.export.MeetingPart.AttendanceRecord;
import de.netzwerk.meeting.export.MeetingPart.InvitationRecord;
import de.netzwerk.meeting.export.MeetingPart.MeetingRecord;
import de.netzwerk.meeting.export.MeetingPart.Membership;
import de.netzwerk.meeting.export.MeetingPart.MinutesRecord;
import de.netzwerk.meeting.export.MeetingPart.PartnerRecord;
import de.netzwerk.meeting.export.MeetingPart.CalendarFeedRecord;
import de.netzwerk.meeting.repository.AttendanceRepository;
import de.netzwerk.meeting.repository.CalendarFeedRepository;
import de.netzwerk.meeting.repository.GroupMemberRepository;
import de.netzwerk.meeting.repository.InvitationRepository;
import de.netzwerk.meeting.repository.MeetingRepository;
import de.netzwerk.meeting.repository.MinutesAcknowledgementRepository;
import de.netzwerk.meeting.repository.MinutesRepository;
import de.netzwerk.meeting.repository.RsvpRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Reads what this service holds about one partner of a network into their {@link MeetingPart}: every table that names
 * a partner (see {@code PartnerTraces}, which erases the same rows). Rows of meetings of another network are left out:
 * a partner is of one network, and the part must not show another network's meetings even if an old row named them.
 */
@ApplicationScoped
public class MeetingParts {

    private final GroupMemberRepository memberships;
    private final MeetingRepository meetings;
    private final InvitationRepository invitations;
    private final RsvpRepository answers;
    private final AttendanceRepository attendances;
    private final MinutesRepository minutes;
    private final MinutesAcknowledgementRepository readings;
    private final CalendarFeedRepository feeds;

    MeetingParts(GroupMemberRepository memberships, MeetingRepository meetings, InvitationRepository invitations,
            RsvpRepository answers, AttendanceRepository attendances, MinutesRepository minutes,
            MinutesAcknowledgementRepository readings, CalendarFeedRepository feeds) {
        this.memberships = memberships;
        this.meetings = meetings;
        this.invitations = invitations;
        this.answers = answers;
        this.attendances = attendances;
        this.minutes = minutes;
        this.readings = readings;
        this.feeds = feeds;
    }

    /** The part of a partner known here, or of one never heard of (null): then it lists what rows name them, if any. */
    @Transactional(Transactional.TxType.MANDATORY)
    public MeetingPart of(String networkId, UUID partnerId, Partner partner) {
        Map<UUID, Invitation> invited = byMeeting(invitations.list("partnerId", partnerId), row -> row.meetingId);
        Map<UUID, Rsvp> answered = byMeeting(answers.list("partnerId", partnerId), row -> row.meetingId);
        Map<UUID, Attendance> attended = byMeeting(attendances.list("partnerId", partnerId), row -> row.meetingId);
        Map<UUID, MinutesAcknowledgement> read = byMeeting(readings.list("id.partnerId", partnerId),
                row -> row.id.meetingId());
        TreeSet<UUID> named = Stream.of(invited, answered, attended, read).flatMap(rows -> rows.keySet().stream())
                .collect(Collectors.toCollection(TreeSet::new));

        List<MeetingRecord> records = meetings.list("id in ?1 and networkId = ?2", named, networkId).stream()
                .sorted(Comparator.comparing((Meeting meeting) -> meeting.startsAt).thenComparing(meeting -> meeting.id))
                .map(meeting -> record(meeting, partnerId, invited.get(meeting.id), answered.get(meeting.id),
                        attended.get(meeting.id), read.get(meeting.id)))
                .toList();
        List<Membership> groups = memberships.list("partnerId = ?1 and networkId = ?2 order by groupId", partnerId, networkId)
                .stream()
                .map(member -> new Membership(member.groupId, member.role, member.joinedOn, member.introductoryTalkDone))
                .toList();
        List<CalendarFeedRecord> calendarFeeds = feeds.ofPartner(partnerId).stream()
                .filter(feed -> feed.networkId.equals(networkId))
                .map(feed -> new CalendarFeedRecord(feed.id, feed.scope.name(), feed.groupId, feed.createdAt))
                .toList();
        return new MeetingPart(false, partner == null ? null : new PartnerRecord(partner.status), groups, records,
                calendarFeeds);
    }

    private MeetingRecord record(Meeting meeting, UUID partnerId, Invitation invitation, Rsvp answer,
            Attendance attendance, MinutesAcknowledgement reading) {
        return new MeetingRecord(meeting.id, meeting.groupId, meeting.title, meeting.start(), meeting.end(),
                meeting.status.name(),
                invitation == null ? null : new InvitationRecord(invitation.sentAt, invitation.guest, invitation.late,
                        invitation.introductoryTalkPending),
                answer == null ? null : new AnswerRecord(answer.answer.name(), answer.reason, answer.respondedAt,
                        partnerId.toString().equals(answer.recordedBy)),
                attendance == null ? null : new AttendanceRecord(attendance.status.name(), attendance.revision,
                        attendance.recordedAt),
                minutesOf(meeting, invitation, attendance, reading));
    }

    /** As the minutes show it: asked to read are the invitees who were not present. */
    private MinutesRecord minutesOf(Meeting meeting, Invitation invitation, Attendance attendance,
            MinutesAcknowledgement reading) {
        boolean askedToRead = invitation != null
                && (attendance == null || attendance.status != AttendanceStatus.PRESENT);
        if (!askedToRead && reading == null) {
            return null;
        }
        Minutes published = minutes.findById(meeting.id);
        if (published == null) {
            return null;
        }
        return new MinutesRecord(published.publishedAt, askedToRead, reading == null ? null : reading.acknowledgedAt);
    }

    private static <T> Map<UUID, T> byMeeting(List<T> rows, Function<T, UUID> meetingOf) {
        return rows.stream().collect(Collectors.toMap(meetingOf, Function.identity()));
    }
}
