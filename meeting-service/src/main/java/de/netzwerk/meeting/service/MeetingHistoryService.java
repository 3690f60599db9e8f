package de.netzwerk.meeting.service;

import de.netzwerk.meeting.Attendance;
import de.netzwerk.meeting.Invitation;
import de.netzwerk.meeting.Meeting;
import de.netzwerk.meeting.Rsvp;
import de.netzwerk.meeting.language.Text;
import de.netzwerk.meeting.repository.AttendanceRepository;
import de.netzwerk.meeting.repository.InvitationRepository;
import de.netzwerk.meeting.repository.RsvpRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * A meeting that has taken place, entered after the fact in one request (issue 13: a network entering three months
 * of history): its invitations, answers and attendance, each with its own date. Everything is checked before
 * anything is written, and all of it is one transaction with its events, so the history is stored whole or not at
 * all. The events are those the single calls would publish, in the order things happened: invitations, answers by
 * time, attendance.
 *
 * <p>Entering the same history again changes nothing and publishes nothing. What it adds to a meeting's record is
 * merged (new invitees, a later answer, changed attendance); what contradicts it (another invitation date, an
 * answer older than the one recorded) is a conflict, since the consumers of the events could not take it back.
 */
@ApplicationScoped
@Transactional
public class MeetingHistoryService {

    private final MeetingService meetings;
    private final NetworkReferences references;
    private final InvitationService invitationService;
    private final RsvpService rsvpService;
    private final AttendanceService attendanceService;
    private final InvitationRepository invitations;
    private final RsvpRepository rsvps;
    private final AttendanceRepository attendances;
    private final Clock clock;

    MeetingHistoryService(MeetingService meetings, NetworkReferences references, InvitationService invitationService,
            RsvpService rsvpService, AttendanceService attendanceService, InvitationRepository invitations,
            RsvpRepository rsvps, AttendanceRepository attendances, Clock clock) {
        this.meetings = meetings;
        this.references = references;
        this.invitationService = invitationService;
        this.rsvpService = rsvpService;
        this.attendanceService = attendanceService;
        this.invitations = invitations;
        this.rsvps = rsvps;
        this.attendances = attendances;
        this.clock = clock;
    }

    /** The meeting's record as it now stands. */
    public record History(UUID meetingId, List<Invitation> invitations, List<Rsvp> responses, List<Attendance> attendance) {
    }

    public History record(String networkId, UUID meetingId, MeetingHistory history, String recordedBy) {
        Meeting meeting = meetings.open(networkId, meetingId);
        OffsetDateTime now = OffsetDateTime.now(clock);
        if (!meeting.hasStarted(now)) {
            throw new ConflictException(Text.of("meeting.not-started.history", meeting.start()));
        }
        List<UUID> invitees = history.invitees();
        List<AnswerGiven> answers = history.answers();
        List<Presence> presence = history.presence();
        requireEachOnce("invitations.partnerIds", invitees);
        requireEachOnce("responses", answers.stream().map(AnswerGiven::partnerId).toList());
        requireEachOnce("attendance", presence.stream().map(Presence::partnerId).toList());
        references.requirePartners(networkId, invitees, i -> "invitations.partnerIds[%d]".formatted(i));
        references.requirePartners(networkId, answers.stream().map(AnswerGiven::partnerId).toList(),
                i -> "responses[%d].partnerId".formatted(i));
        references.requirePartners(networkId, presence.stream().map(Presence::partnerId).toList(),
                i -> "attendance[%d].partnerId".formatted(i));

        OffsetDateTime sentAt = history.invitationsSentAt();
        if (sentAt != null) {
            PastMoments.requireNotInFuture("invitations.sentAt", sentAt, now);
        }
        Map<UUID, OffsetDateTime> invitedAt = invitationDates(meetingId, invitees, sentAt);
        requireAnswersFit(meetingId, answers, invitedAt, now);
        requireInvited(presence, invitedAt.keySet());

        if (!invitees.isEmpty()) {
            invitationService.record(meeting, invitees, sentAt == null ? now : sentAt);
        }
        answers.stream().sorted(Comparator.comparing(AnswerGiven::respondedAt))
                .forEach(answer -> rsvpService.record(meeting, answer.partnerId(), answer.answer(), answer.reason(),
                        answer.respondedAt(), recordedBy));
        attendanceService.apply(meeting, presence, now);
        return of(meetingId);
    }

    public History of(String networkId, UUID meetingId) {
        return of(meetings.get(networkId, meetingId).id);
    }

    private History of(UUID meetingId) {
        return new History(meetingId, invitations.ofMeeting(meetingId), rsvps.ofMeeting(meetingId),
                attendances.ofMeeting(meetingId));
    }

    /**
     * Everyone invited to the meeting once this history is stored, with when their invitation went out where that is
     * known (null for invitations recorded after the meeting without their date). An invitee already recorded keeps
     * their invitation: a different date for it is a conflict.
     */
    private Map<UUID, OffsetDateTime> invitationDates(UUID meetingId, List<UUID> invitees, OffsetDateTime sentAt) {
        Map<UUID, Invitation> recorded = invitations.ofMeeting(meetingId).stream()
                .collect(Collectors.toMap(invitation -> invitation.partnerId, Function.identity()));
        Map<UUID, OffsetDateTime> invitedAt = new HashMap<>();
        recorded.forEach((partner, invitation) -> invitedAt.put(partner, invitation.backfilled ? null : invitation.sentAt));
        for (int i = 0; i < invitees.size(); i++) {
            Invitation invitation = recorded.get(invitees.get(i));
            if (invitation == null) {
                invitedAt.put(invitees.get(i), sentAt);
            } else if (sentAt != null && !sentAt.isEqual(invitation.sentAt)) {
                throw new ConflictException(Text.of("invitation.date-differs", "invitations.partnerIds[%d]".formatted(i),
                        invitees.get(i), invitation.sentAt, sentAt));
            }
        }
        return invitedAt;
    }

    private void requireAnswersFit(UUID meetingId, List<AnswerGiven> answers,
            Map<UUID, OffsetDateTime> invitedAt, OffsetDateTime now) {
        for (int i = 0; i < answers.size(); i++) {
            AnswerGiven answer = answers.get(i);
            if (!invitedAt.containsKey(answer.partnerId())) {
                throw notInvited("responses[%d].partnerId".formatted(i), answer.partnerId());
            }
            String field = "responses[%d].respondedAt".formatted(i);
            PastMoments.requireNotInFuture(field, answer.respondedAt(), now);
            OffsetDateTime invited = invitedAt.get(answer.partnerId());
            if (invited != null && answer.respondedAt().isBefore(invited)) {
                throw new InvalidFieldException(field, Text.of("before-invitation", invited));
            }
            Rsvp recorded = rsvps.find(meetingId, answer.partnerId()).orElse(null);
            boolean changes = recorded != null
                    && (recorded.answer != answer.answer() || !Objects.equals(recorded.reason, answer.reason()));
            if (changes && !answer.respondedAt().isAfter(recorded.respondedAt)) {
                throw new ConflictException(Text.of("rsvp.later-recorded", "responses[%d]".formatted(i), answer.partnerId(),
                        recorded.respondedAt));
            }
        }
    }

    private static void requireInvited(List<Presence> presence, Set<UUID> invitees) {
        for (int i = 0; i < presence.size(); i++) {
            if (!invitees.contains(presence.get(i).partnerId())) {
                throw notInvited("attendance[%d].partnerId".formatted(i), presence.get(i).partnerId());
            }
        }
    }

    private static InvalidFieldException notInvited(String field, UUID partnerId) {
        return new InvalidFieldException(field, Text.of("not-invited.name-in-invitations", partnerId));
    }

    private static void requireEachOnce(String field, List<UUID> partnerIds) {
        Set<UUID> seen = new HashSet<>();
        for (UUID partnerId : partnerIds) {
            if (!seen.add(partnerId)) {
                throw new InvalidFieldException(field, Text.of("partner-named-twice", partnerId));
            }
        }
    }
}
