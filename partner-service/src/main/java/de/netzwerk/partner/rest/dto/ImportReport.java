package de.netzwerk.partner.rest.dto;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;
import java.util.UUID;

@Schema(description = "What an import of a partner spreadsheet does, or would do, row by row")
public record ImportReport(
        @Schema(description = "Whether the rows were stored (commit=true and no row refused)") boolean committed,
        @Schema(description = "The charset the file was read in", examples = "windows-1252") String charset,
        @Schema(description = "The separator found in the heading line", examples = ";") String separator,
        @Schema(description = "Headings of columns that are not imported", examples = "[\"Notizen\"]") List<String> ignoredColumns,
        Totals totals,
        @Schema(description = "One entry per data row, blank lines left out") List<Row> rows) {

    public enum Outcome {
        CREATED,
        UPDATED,
        UNCHANGED,
        REFUSED
    }

    public record Totals(int rows, int created, int updated, int unchanged, int refused) {
    }

    public record Row(
            @Schema(description = "The line of the file the row starts on; the headings are line 1", examples = "7") int line,
            Outcome outcome,
            @Schema(description = "The partner updated or left unchanged; the one created once committed") UUID partnerId,
            @Schema(description = "Why the row is refused; empty otherwise") List<RowProblem> problems) {
    }

    @Schema(description = "One reason a row is refused, in German and English, with a stable code")
    public record RowProblem(
            @Schema(description = "The heading of the column as in the file; absent if the row as a whole is at fault",
                    examples = "E-Mail") String column,
            @Schema(examples = "EMAIL_INVALID") String code,
            @Schema(examples = "ist keine gültige E-Mail-Adresse") String de,
            @Schema(examples = "is not a valid email address") String en) {
    }

    public boolean hasRefusedRows() {
        return totals.refused() > 0;
    }
}
