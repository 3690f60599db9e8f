package de.netzwerk.partner.service;


/** A committed import with refused rows: nothing was stored, and the report says which rows and why. */
public class ImportRefusedException extends RuntimeException {

    private final transient ImportReport report;

    public ImportRefusedException(ImportReport report) {
        super("%d of %d rows are refused; nothing was imported.".formatted(report.totals().refused(), report.totals().rows()));
        this.report = report;
    }

    public ImportReport report() {
        return report;
    }
}
