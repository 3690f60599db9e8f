package de.netzwerk.partner.rest.dto;

import de.netzwerk.partner.ConsentPurpose;
import de.netzwerk.partner.ConsentRecord;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.OffsetDateTime;

@Schema(description = "One answer to a consent: given or withdrawn, when, and who recorded it")
public record ConsentRecordResponse(@Schema(required = true) ConsentPurpose purpose,
        @Schema(required = true) boolean given,
        @Schema(required = true) OffsetDateTime recordedAt,
        @Schema(required = true, nullable = true, description = "Who recorded the answer: the partner themself or a coordinator") String recordedBy) {

    public static ConsentRecordResponse of(ConsentRecord record) {
        return new ConsentRecordResponse(record.purpose, record.given, record.recordedAt, record.recordedBy);
    }
}
