package de.netzwerk.meeting.export;

import com.fasterxml.jackson.annotation.JsonInclude;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/**
 * Everything meeting-service holds about one partner, as the export shows it to them: their replica and group
 * memberships, per meeting that names them what it records (invitation, answer, attendance, minutes to read), and
 * their calendar feeds (never a feed's secret: it is not kept). A part of an erased partner says so and lists nothing:
 * what is kept of past meetings no longer names them.
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
public record MeetingPart(boolean erased, PartnerRecord partner, List<Membership> memberships,
        List<MeetingRecord> meetings, List<CalendarFeedRecord> calendarFeeds) {

    public static MeetingPart ofErased() {
        return new MeetingPart(true, null, List.of(), List.of(), List.of());
    }

    /** The partner as replicated from partner-service: only what this service checks invitations against. */
    public record PartnerRecord(String status) {
    }

    public record Membership(UUID groupId, String role, LocalDate joinedOn, boolean introductoryTalkDone) {
    }

    /** One meeting that names the partner; each part is null where it records nothing about them. */
    public record MeetingRecord(UUID meetingId, UUID groupId, String title, OffsetDateTime startsAt,
            OffsetDateTime endsAt, String status, InvitationRecord invitation, AnswerRecord answer,
            AttendanceRecord attendance, MinutesRecord minutes) {
    }

    /** {@code guest}: invited from outside the group; {@code late}: sent later than the network expects. */
    public record InvitationRecord(OffsetDateTime invitedAt, boolean guest, boolean late,
            boolean introductoryTalkPending) {
    }

    /** {@code enteredByThemselves}: false when a coordinator entered the answer for them. */
    public record AnswerRecord(String answer, String reason, OffsetDateTime respondedAt, boolean enteredByThemselves) {
    }

    /** A calendar feed for the partner; {@code groupId} is null for their own meetings. */
    public record CalendarFeedRecord(UUID feedId, String scope, UUID groupId, OffsetDateTime createdAt) {
    }

    public record AttendanceRecord(String status, int revision, OffsetDateTime recordedAt) {
    }

    /** The meeting's minutes: whether the partner was asked to read them (invited, not present), and when they did. */
    public record MinutesRecord(OffsetDateTime publishedAt, boolean askedToRead, OffsetDateTime acknowledgedAt) {
    }
}
