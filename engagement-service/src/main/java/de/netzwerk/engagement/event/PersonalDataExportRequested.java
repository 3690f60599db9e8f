package de.netzwerk.engagement.event;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/**
 * partner-service's {@code personal-data-export-requested.v1}: the partner's data is to be exported (GDPR Art. 15 and
 * 20). It writes no fact: {@link de.netzwerk.engagement.service.PersonalDataExport} answers it after the batch's facts.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record PersonalDataExportRequested(
        @NotBlank String networkId,
        @NotNull UUID partnerId,
        @NotNull UUID exportId,
        @NotNull OffsetDateTime requestedAt) implements ConsumedEvent {

    public static final String TYPE = "de.netzwerk.partner.personal-data-export-requested.v1";

    @Override
    public List<Subject> subjects() {
        return List.of(Subject.partner(partnerId));
    }
}
