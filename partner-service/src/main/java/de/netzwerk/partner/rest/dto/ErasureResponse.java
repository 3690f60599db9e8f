package de.netzwerk.partner.rest.dto;

import de.netzwerk.partner.Erasure;
import de.netzwerk.partner.ErasureReason;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

@Schema(description = "The erasure of a partner's personal data and how far the services have got with it. Holds nothing about the person.")
public record ErasureResponse(@Schema(required = true) UUID id,
        @Schema(required = true) UUID partnerId,
        @Schema(required = true) ErasureReason reason,
        @Schema(required = true) OffsetDateTime requestedAt,
        @Schema(required = true, description = "The token subject of the coordinator who requested it") String requestedBy,
        @Schema(required = true, description = "The services that have erased their part, in the order they confirmed") List<ServiceConfirmation> confirmations,
        @Schema(required = true, description = "The services whose confirmation is still awaited") List<String> pending,
        @Schema(required = true, description = "COMPLETE once every service confirmed") State state,
        @Schema(required = true, nullable = true, description = "When the last service confirmed; absent while pending") OffsetDateTime completedAt,
        @Schema(required = true, nullable = true, description = "Seconds from the request to the last confirmation; absent while pending") Long durationSeconds) {

    public enum State {
        PENDING,
        COMPLETE
    }

    public record ServiceConfirmation(@Schema(required = true) String service,
            @Schema(required = true) OffsetDateTime confirmedAt) {
    }

    /** The erasure as far as {@code expected}, the services that must confirm, have got. */
    public static ErasureResponse of(Erasure erasure, List<String> expected) {
        List<ServiceConfirmation> confirmations = erasure.confirmations.stream()
                .map(confirmation -> new ServiceConfirmation(confirmation.service, confirmation.confirmedAt))
                .sorted(Comparator.comparing(ServiceConfirmation::confirmedAt).thenComparing(ServiceConfirmation::service))
                .toList();
        List<String> pending = expected.stream().filter(service -> !erasure.confirmedBy(service)).toList();
        if (!pending.isEmpty()) {
            return new ErasureResponse(erasure.id, erasure.partnerId, erasure.reason, erasure.requestedAt,
                    erasure.requestedBy, confirmations, pending, State.PENDING, null, null);
        }
        OffsetDateTime completedAt = confirmations.stream().filter(confirmation -> expected.contains(confirmation.service()))
                .map(ServiceConfirmation::confirmedAt).max(Comparator.naturalOrder()).orElse(erasure.requestedAt);
        long seconds = Math.max(0, Duration.between(erasure.requestedAt, completedAt).toSeconds());
        return new ErasureResponse(erasure.id, erasure.partnerId, erasure.reason, erasure.requestedAt, erasure.requestedBy,
                confirmations, pending, State.COMPLETE, completedAt, seconds);
    }
}
