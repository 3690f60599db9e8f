package de.netzwerk.partner.rest.dto;

import de.netzwerk.partner.GroupKind;
import de.netzwerk.partner.PartnerGroup;

import java.time.OffsetDateTime;
import java.util.UUID;

public record GroupResponse(UUID id, GroupKind kind, String name, String theme, OffsetDateTime createdAt) {

    public static GroupResponse of(PartnerGroup group) {
        return new GroupResponse(group.id, group.kind, group.name, group.theme, group.createdAt);
    }
}
