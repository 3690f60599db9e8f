package de.netzwerk.meeting.rest.dto;

import de.netzwerk.meeting.Rsvp;
import de.netzwerk.meeting.rest.dto.RecordAttendanceRequest.Entry;
import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

@Schema(description = "What happened around a meeting that has taken place, entered after the fact: who was invited "
        + "and when, who answered what and when, who was there. Every part is optional, at least one is given; "
        + "partners not named keep what is recorded for them.")
public record MeetingHistoryRequest(
        @Valid Invitations invitations,
        @Schema(description = "Answers (Zusage / Absage), each with when it was given")
        @Size(max = 500) List<@Valid @NotNull AnswerGiven> responses,
        @Schema(description = "Who was present, excused or absent; an absence after a decline before the meeting is excused")
        @Size(max = 500) List<@Valid @NotNull Entry> attendance) {

    @Schema(description = "Who was invited (members and guests alike), and when the invitations went out")
    public record Invitations(
            @Schema(description = "When the invitations went out, ISO-8601 with offset; judged by it (days ahead, late) "
                    + "as if sent then. Absent: not known, recorded now and so as backfilled (never late).")
            OffsetDateTime sentAt,
            @Schema(description = "Partners of the network, also those who have left it since; those not members of the "
                    + "group now are recorded as guests")
            @NotEmpty @Size(max = 500) List<@NotNull UUID> partnerIds) {
    }

    @Schema(description = "An invitee's answer, and when it was given")
    public record AnswerGiven(
            @NotNull UUID partnerId,
            @Schema(examples = "DECLINED") @NotNull Rsvp.Answer answer,
            @Schema(examples = "Elternabend in der Schule") @Size(max = 500) String reason,
            @Schema(description = "When the answer was given, ISO-8601 with offset; not before the invitation, not in "
                    + "the future. Before the meeting, a decline excuses an absence.")
            @NotNull OffsetDateTime respondedAt) {
    }

    @Schema(hidden = true)
    @AssertTrue(message = "{netzwerk.history.something}")
    public boolean isAnything() {
        return invitations != null || (responses != null && !responses.isEmpty())
                || (attendance != null && !attendance.isEmpty());
    }

    public List<UUID> invitees() {
        return invitations == null ? List.of() : invitations.partnerIds();
    }

    public List<AnswerGiven> answers() {
        return responses == null ? List.of() : responses;
    }

    public List<Entry> presence() {
        return attendance == null ? List.of() : attendance;
    }
}
