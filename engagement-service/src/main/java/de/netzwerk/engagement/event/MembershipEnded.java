package de.netzwerk.engagement.event;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** partner-service's {@code membership-ended.v1}: a partner left a group. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record MembershipEnded(
        @NotBlank String networkId,
        @NotNull UUID groupId,
        @NotNull UUID partnerId,
        @NotNull LocalDate leftOn) implements ConsumedEvent {

    public static final String TYPE = "de.netzwerk.partner.membership-ended.v1";

    @Override
    public List<Subject> subjects() {
        return List.of(Subject.group(groupId), Subject.partner(partnerId));
    }
}
