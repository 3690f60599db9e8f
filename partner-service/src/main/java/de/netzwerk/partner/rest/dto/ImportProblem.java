package de.netzwerk.partner.rest.dto;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A refused import as RFC 9457 problem details, with a stable code, the detail in the caller's language (German or
 * English) and, when rows were refused, the report of every row.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "ImportProblem", description = "RFC 9457 problem details of a refused import")
public record ImportProblem(String type, String title, int status, String detail, String instance,
        @Schema(examples = "ROWS_REFUSED") String code, ImportReportResponse report) {
}
