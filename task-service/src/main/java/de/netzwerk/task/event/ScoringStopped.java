package de.netzwerk.task.event;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * The fields task-service reads from engagement-service's {@code scoring-stopped.v1}: the partner objected to being
 * scored (GDPR Art. 21), so the band last published about them must no longer be used.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ScoringStopped(@NotBlank String networkId, @NotNull UUID partnerId, @NotNull OffsetDateTime stoppedAt) {

    public static final String TYPE = "de.netzwerk.engagement.scoring-stopped.v1";
}
