package de.netzwerk.engagement.scoring.rules;

import de.netzwerk.engagement.scoring.LedgerEntry;
import de.netzwerk.engagement.scoring.PartnerHistory;
import de.netzwerk.engagement.scoring.Policy;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.function.Function;

/**
 * What a partner rule looks at: the partner's history, the network's policy, the day assessed in the network's time
 * zone, and their score (for the rules about the score).
 *
 * @param score   the score on {@code asOf}, null while nothing can be scored
 * @param ledger  what moved that score
 * @param scoreOn the score as it was on an earlier day (only what had happened by then counts)
 */
public record RuleInput(PartnerHistory history, Policy policy, LocalDate asOf, ZoneId zone, Integer score,
        List<LedgerEntry> ledger, Function<LocalDate, Integer> scoreOn) {

    /** Midnight at the start of the day, in the network's zone: the time a day's evidence is dated. */
    public OffsetDateTime startOf(LocalDate day) {
        return day.atStartOfDay(zone).toOffsetDateTime();
    }

    public LocalDate dayOf(OffsetDateTime time) {
        return time.atZoneSameInstant(zone).toLocalDate();
    }
}
