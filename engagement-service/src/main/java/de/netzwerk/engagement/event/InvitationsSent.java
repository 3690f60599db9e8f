package de.netzwerk.engagement.event;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * meeting-service's {@code invitations-sent.v1}: who was invited, and whether the coordinators were late.
 * {@code recordedAt} (optional) is when the invitations were entered — later than {@code sentAt} for a meeting
 * entered after the fact with its original dates.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record InvitationsSent(
        @NotBlank String networkId,
        @NotNull UUID meetingId,
        @NotNull UUID groupId,
        @NotNull OffsetDateTime meetingStartsAt,
        @NotNull OffsetDateTime sentAt,
        Integer daysAhead,
        boolean late,
        boolean backfilled,
        @NotNull List<@Valid @NotNull Invitee> invitees,
        OffsetDateTime recordedAt) implements ConsumedEvent {

    public static final String TYPE = "de.netzwerk.meeting.invitations-sent.v1";

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Invitee(@NotNull UUID partnerId, boolean guest) {
    }

    @Override
    public List<Subject> subjects() {
        List<Subject> subjects = new ArrayList<>(List.of(Subject.meeting(meetingId), Subject.group(groupId)));
        invitees.forEach(invitee -> subjects.add(Subject.partner(invitee.partnerId())));
        return subjects;
    }
}
