package de.netzwerk.partner.service;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;
import java.util.UUID;

/**
 * What an import of a partner spreadsheet does, or would do, row by row; the API answers it as
 * {@code ImportReportResponse}, whose schema describes the fields.
 */
public record ImportReport(boolean committed, String charset, String separator, List<String> ignoredColumns,
        Totals totals, List<Row> rows) {

    public enum Outcome {
        CREATED,
        UPDATED,
        UNCHANGED,
        REFUSED
    }

    public record Totals(@Schema(required = true) int rows,
            @Schema(required = true) int created,
            @Schema(required = true) int updated,
            @Schema(required = true) int unchanged,
            @Schema(required = true) int refused) {
    }

    public record Row(@Schema(required = true, description = "The line of the file the row starts on; the headings are line 1", examples = "7") int line,
            @Schema(required = true) Outcome outcome,
            @Schema(required = true, nullable = true, description = "The partner updated or left unchanged; the one created once committed") UUID partnerId,
            @Schema(required = true, description = "Why the row is refused; empty otherwise") List<RowProblem> problems) {
    }

    @Schema(description = "One reason a row is refused, in German and English, with a stable code")
    public record RowProblem(@Schema(required = true, nullable = true, description = "The heading of the column as in the file; absent if the row as a whole is at fault",
                    examples = "E-Mail") String column,
            @Schema(required = true, examples = "EMAIL_INVALID") String code,
            @Schema(required = true, examples = "ist keine gültige E-Mail-Adresse") String de,
            @Schema(required = true, examples = "is not a valid email address") String en) {
    }

    public boolean hasRefusedRows() {
        return totals.refused() > 0;
    }
}
