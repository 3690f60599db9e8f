package de.netzwerk.task.event;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;

import java.time.OffsetDateTime;

/**
 * The fields task-service reads from partner-service's {@code network-registered.v1} and {@code network-updated.v1}:
 * a network's time zone and language, the network's version they are of, and when it was registered or changed.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record NetworkSettingsEvent(@NotBlank String networkId, @NotBlank String timeZone,
        @NotBlank String defaultLanguage, @NotNull @PositiveOrZero Long version, OffsetDateTime registeredAt,
        OffsetDateTime updatedAt) {

    public static final String REGISTERED = "de.netzwerk.partner.network-registered.v1";
    public static final String UPDATED = "de.netzwerk.partner.network-updated.v1";

    /** When the network was registered or changed so: each of the two events carries one of the two. */
    public OffsetDateTime asOf() {
        return updatedAt != null ? updatedAt : registeredAt;
    }

    @AssertTrue(message = "registeredAt or updatedAt is required")
    public boolean isDated() {
        return asOf() != null;
    }
}
