package de.netzwerk.partner.rest.dto;

import de.netzwerk.partner.Network;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.OffsetDateTime;

public record NetworkResponse(@Schema(required = true) String id,
        @Schema(required = true) String name,
        @Schema(required = true) String timeZone,
        @Schema(required = true) String defaultLanguage,
        @Schema(required = true) OffsetDateTime createdAt,
        @Schema(required = true) OffsetDateTime updatedAt,
        @Schema(required = true) long version) {

    public static NetworkResponse of(Network network) {
        return new NetworkResponse(network.id, network.name, network.timeZone, network.defaultLanguage,
                network.createdAt, network.updatedAt, network.version);
    }
}
