package de.netzwerk.task.event;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

import java.util.UUID;

/**
 * The fields task-service reads from partner-service's {@code membership-started.v1}, {@code membership-changed.v1}
 * and {@code membership-ended.v1}: a group of the network, and the partner whose membership it is.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record Membership(@NotBlank String networkId, @NotNull UUID groupId, @NotNull UUID partnerId) {

    public static final String STARTED = "de.netzwerk.partner.membership-started.v1";
    public static final String CHANGED = "de.netzwerk.partner.membership-changed.v1";
    public static final String ENDED = "de.netzwerk.partner.membership-ended.v1";
}
