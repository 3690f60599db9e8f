package de.netzwerk.task.event;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

import java.util.List;
import java.util.UUID;

/**
 * The fields task-service reads from partner-service's {@code partner-registered.v1} and {@code partner-updated.v1}.
 * The producer owns the schema; other fields are ignored, among them {@code offers}: the partner's own free text, not
 * read or kept here since December 2026 (issue 14). {@code version} is absent from partner-registered, which counts
 * as version 0.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record PartnerProfile(
        @NotBlank String networkId,
        @NotNull UUID partnerId,
        @NotBlank String status,
        @NotNull List<@NotBlank String> expertise,
        @Min(0) long version) {

    public static final String REGISTERED = "de.netzwerk.partner.partner-registered.v1";
    public static final String UPDATED = "de.netzwerk.partner.partner-updated.v1";
}
