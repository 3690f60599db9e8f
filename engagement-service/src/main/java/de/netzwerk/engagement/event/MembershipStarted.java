package de.netzwerk.engagement.event;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * partner-service's {@code membership-started.v1} and {@code membership-changed.v1} (the same fields): the
 * membership as it now is; the highest version wins.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record MembershipStarted(
        @NotBlank String networkId,
        @NotNull UUID groupId,
        @NotNull GroupKind groupKind,
        @NotNull UUID partnerId,
        @NotNull String role,
        @NotNull LocalDate joinedOn,
        long version) implements ConsumedEvent {

    public static final String TYPE = "de.netzwerk.partner.membership-started.v1";
    public static final String CHANGED_TYPE = "de.netzwerk.partner.membership-changed.v1";

    public enum GroupKind {
        STEERING,
        WORKING
    }

    @Override
    public List<Subject> subjects() {
        return List.of(Subject.group(groupId), Subject.partner(partnerId));
    }
}
