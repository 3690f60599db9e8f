package de.netzwerk.partner.rest.dto;

import de.netzwerk.partner.service.MembershipEntries;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

@Schema(description = "The memberships of the request, in its order, as stored")
public record MembershipsResponse(@Schema(required = true, description = "How many memberships were entered by this request") int started,
        @Schema(required = true, description = "How many were already recorded exactly so, and were left as they were") int unchanged,
        @Schema(required = true) List<MembershipResponse> memberships) {

    public static MembershipsResponse of(MembershipEntries.Result result) {
        return new MembershipsResponse(result.started(), result.unchanged(),
                result.memberships().stream().map(MembershipResponse::of).toList());
    }
}
