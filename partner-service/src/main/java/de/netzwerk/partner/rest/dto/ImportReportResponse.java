package de.netzwerk.partner.rest.dto;

import de.netzwerk.partner.service.ImportReport;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

/** The import's report as the API answers it; its rows and totals are the service's own records. */
@Schema(name = "ImportReport", description = "What an import of a partner spreadsheet does, or would do, row by row")
public record ImportReportResponse(@Schema(required = true, description = "Whether the rows were stored (commit=true and no row refused)") boolean committed,
        @Schema(required = true, description = "The charset the file was read in", examples = "windows-1252") String charset,
        @Schema(required = true, description = "The separator found in the heading line", examples = ";") String separator,
        @Schema(required = true, description = "Headings of columns that are not imported", examples = "[\"Notizen\"]") List<String> ignoredColumns,
        @Schema(required = true) ImportReport.Totals totals,
        @Schema(required = true, description = "One entry per data row, blank lines left out") List<ImportReport.Row> rows) {

    public static ImportReportResponse of(ImportReport report) {
        return new ImportReportResponse(report.committed(), report.charset(), report.separator(), report.ignoredColumns(),
                report.totals(), report.rows());
    }
}
