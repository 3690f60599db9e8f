package de.netzwerk.partner.rest.dto;

import de.netzwerk.partner.service.CooperationService;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A cooperation a coordinator should look at, and why")
public record CooperationAttentionResponse(@Schema(required = true, description = "ENDING_SOON: active and its period ends within the window; ENDED_WITHOUT_FOLLOW_UP: ended "
                + "within the window and no cooperation follows it up")
                CooperationService.Attention.Reason reason,
        @Schema(required = true, description = "ENDING_SOON: days until its end (0: today); ENDED_WITHOUT_FOLLOW_UP: days since it ended")
                long days,
        @Schema(required = true) CooperationResponse cooperation) {

    public static CooperationAttentionResponse of(CooperationService.Attention attention) {
        return new CooperationAttentionResponse(attention.reason(), attention.days(),
                CooperationResponse.of(attention.cooperation()));
    }
}
