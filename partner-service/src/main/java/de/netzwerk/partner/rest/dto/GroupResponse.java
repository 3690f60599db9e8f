package de.netzwerk.partner.rest.dto;

import de.netzwerk.partner.GroupKind;
import de.netzwerk.partner.PartnerGroup;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.OffsetDateTime;
import java.util.UUID;

public record GroupResponse(@Schema(required = true) UUID id,
        @Schema(required = true) GroupKind kind,
        @Schema(required = true) String name,
        @Schema(required = true, nullable = true) String theme,
        @Schema(required = true) OffsetDateTime createdAt) {

    public static GroupResponse of(PartnerGroup group) {
        return new GroupResponse(group.id, group.kind, group.name, group.theme, group.createdAt);
    }
}
