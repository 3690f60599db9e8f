package de.netzwerk.engagement.event;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** meeting-service's {@code minutes-published.v1}: who should read them (those who missed the meeting), and how late. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record MinutesPublished(
        @NotBlank String networkId,
        @NotNull UUID meetingId,
        @NotNull UUID groupId,
        @NotNull OffsetDateTime meetingStartsAt,
        @NotNull OffsetDateTime publishedAt,
        Integer daysAfter,
        boolean late,
        @NotNull List<@NotNull UUID> askedToRead) implements ConsumedEvent {

    public static final String TYPE = "de.netzwerk.meeting.minutes-published.v1";

    @Override
    public List<Subject> subjects() {
        List<Subject> subjects = new ArrayList<>(List.of(Subject.meeting(meetingId), Subject.group(groupId)));
        askedToRead.forEach(partner -> subjects.add(Subject.partner(partner)));
        return subjects;
    }
}
