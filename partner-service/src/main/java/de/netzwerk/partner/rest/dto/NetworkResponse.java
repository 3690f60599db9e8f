package de.netzwerk.partner.rest.dto;

import de.netzwerk.partner.Network;

import java.time.OffsetDateTime;

public record NetworkResponse(String id, String name, String timeZone, String defaultLanguage,
        OffsetDateTime createdAt, OffsetDateTime updatedAt, long version) {

    public static NetworkResponse of(Network network) {
        return new NetworkResponse(network.id, network.name, network.timeZone, network.defaultLanguage,
                network.createdAt, network.updatedAt, network.version);
    }
}
