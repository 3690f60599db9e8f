package de.netzwerk.partner.service;

import de.netzwerk.partner.Partner;
import de.netzwerk.partner.service.ImportReport.Outcome;
import de.netzwerk.partner.service.ImportReport.RowProblem;
import de.netzwerk.partner.service.command.PartnerCommand;

import java.util.List;

/**
 * One data row of an import, planned: the partner it is about (null for a new one), the profile it asks for, and
 * what it would do — or why it is refused.
 */
record ImportRow(int line, Outcome outcome, Partner partner, PartnerCommand request, List<RowProblem> problems) {

    static ImportRow refused(int line, List<RowProblem> problems) {
        return new ImportRow(line, Outcome.REFUSED, null, null, List.copyOf(problems));
    }

    static ImportRow refused(int line, RowProblem problem) {
        return refused(line, List.of(problem));
    }
}
