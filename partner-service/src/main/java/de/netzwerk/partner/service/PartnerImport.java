package de.netzwerk.partner.service;

import de.netzwerk.partner.Partner;
import de.netzwerk.partner.PartnerStatus;
import de.netzwerk.partner.language.Text;
import de.netzwerk.partner.repository.PartnerRepository;
import de.netzwerk.partner.service.ImportReport.Outcome;
import de.netzwerk.partner.service.ImportReport.RowProblem;
import de.netzwerk.partner.service.command.PartnerCommand;
import de.netzwerk.partner.spreadsheet.CsvRecord;
import de.netzwerk.partner.spreadsheet.CsvText;
import de.netzwerk.partner.spreadsheet.PartnerColumn;
import de.netzwerk.partner.spreadsheet.PartnerSheet;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * Imports a partner spreadsheet (issue 15, item 4). Each row is matched to a partner of the network — by its external
 * id, else by its email — so that a second import of the same list updates instead of duplicating. A dry run reports
 * what each row would do; a commit stores all rows or, if any is refused, none. The network's partners are read once
 * and the rows compared with them in memory, so that a file of 10,000 rows takes seconds.
 */
@ApplicationScoped
@Transactional
public class PartnerImport {

    private final PartnerRepository partners;
    private final NetworkService networks;
    private final PartnerService service;
    private final ImportRowReader reader;
    private final Clock clock;

    PartnerImport(PartnerRepository partners, NetworkService networks, PartnerService service, ImportRowReader reader,
            Clock clock) {
        this.partners = partners;
        this.networks = networks;
        this.service = service;
        this.reader = reader;
        this.clock = clock;
    }

    /**
     * Reads the file and plans every row; stores them if {@code commit} and none is refused.
     *
     * @throws ImportRefusedException when {@code commit} and a row is refused: nothing is stored
     */
    public ImportReport run(String networkId, CsvText file, boolean commit, String actor) {
        networks.get(networkId);
        PartnerSheet sheet = PartnerSheet.read(file.text());
        Directory directory = new Directory(partners.directory(networkId, false));
        Claims claims = new Claims();
        List<ImportRow> rows = new ArrayList<>();
        for (CsvRecord record : sheet.rows()) {
            if (!record.isBlank()) {
                rows.add(plan(sheet, record, directory, claims));
            }
        }
        boolean refused = rows.stream().anyMatch(row -> row.outcome() == Outcome.REFUSED);
        if (!commit || refused) {
            ImportReport report = report(file, sheet, rows, Map.of(), false);
            if (commit) {
                throw new ImportRefusedException(report);
            }
            return report;
        }
        return report(file, sheet, rows, store(networkId, rows, actor), true);
    }

    private ImportRow plan(PartnerSheet sheet, CsvRecord record, Directory directory, Claims claims) {
        ImportRowReader.Read read = reader.read(sheet, record);
        if (!read.problems().isEmpty()) {
            return ImportRow.refused(record.line(), read.problems());
        }
        Match match = directory.match(read.externalId(), read.email());
        if (match.ambiguous()) {
            return ImportRow.refused(record.line(), new RowProblem(sheet.heading(PartnerColumn.EMAIL), "EMAIL_AMBIGUOUS", "Mehrere Partner haben diese E-Mail-Adresse: geben Sie eine Externe ID an.",
                    "Several partners have this email address: give an External ID."));
        }
        Partner partner = match.partner();
        PartnerCommand request = read.request(partner);
        List<RowProblem> problems = reader.validate(sheet, request);
        if (!problems.isEmpty()) {
            return ImportRow.refused(record.line(), problems);
        }
        Optional<RowProblem> duplicate = claims.claim(sheet, record.line(), partner, request);
        if (duplicate.isPresent()) {
            return ImportRow.refused(record.line(), duplicate.get());
        }
        Outcome outcome = partner == null ? Outcome.CREATED
                : PartnerService.isUnchanged(partner, request) ? Outcome.UNCHANGED : Outcome.UPDATED;
        return new ImportRow(record.line(), outcome, partner, request, List.of());
    }

    /** Stores the planned rows in this transaction; the ids of the partners, by line. */
    private Map<Integer, UUID> store(String networkId, List<ImportRow> rows, String actor) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        Map<Integer, UUID> ids = new HashMap<>();
        Map<Partner, PartnerStatus> updated = new HashMap<>();
        for (ImportRow row : rows) {
            switch (row.outcome()) {
                case CREATED -> ids.put(row.line(), service.create(networkId, row.request(), actor, now).id);
                case UPDATED -> {
                    updated.put(row.partner(), row.partner().status);
                    service.change(row.partner(), row.request(), actor, now);
                }
                default -> {
                }
            }
        }
        try {
            partners.flush(); // raises the versions the events carry
        } catch (PersistenceException e) {
            throw new ConflictException(Text.of("import.changed-meanwhile"));
        }
        updated.forEach(service::published);
        return ids;
    }

    private static ImportReport report(CsvText file, PartnerSheet sheet, List<ImportRow> rows, Map<Integer, UUID> created,
            boolean committed) {
        int[] counts = new int[Outcome.values().length];
        List<ImportReport.Row> reported = new ArrayList<>(rows.size());
        for (ImportRow row : rows) {
            counts[row.outcome().ordinal()]++;
            UUID id = row.partner() != null ? row.partner().id : created.get(row.line());
            reported.add(new ImportReport.Row(row.line(), row.outcome(), id, row.problems()));
        }
        var totals = new ImportReport.Totals(rows.size(), counts[Outcome.CREATED.ordinal()],
                counts[Outcome.UPDATED.ordinal()], counts[Outcome.UNCHANGED.ordinal()], counts[Outcome.REFUSED.ordinal()]);
        return new ImportReport(committed, file.charset().name(), String.valueOf(sheet.separator()),
                sheet.ignoredHeadings(), totals, reported);
    }

    /** The network's partners by external id and by email (any case), read once per import. */
    private static final class Directory {

        private final Map<String, Partner> byExternalId = new HashMap<>();
        private final Map<String, List<Partner>> byEmail = new HashMap<>();

        Directory(List<Partner> partners) {
            for (Partner partner : partners) {
                if (partner.externalId != null) {
                    byExternalId.put(partner.externalId, partner);
                }
                if (partner.email != null) {
                    byEmail.computeIfAbsent(emailKey(partner.email), key -> new ArrayList<>()).add(partner);
                }
            }
        }

        /**
         * The partner with the external id; else the one with the email — if the row has an external id, only one who
         * has none yet, since a partner with another external id is another record of the network's system.
         */
        Match match(String externalId, String email) {
            if (externalId != null && byExternalId.containsKey(externalId)) {
                return new Match(byExternalId.get(externalId), false);
            }
            if (email == null) {
                return new Match(null, false);
            }
            List<Partner> candidates = byEmail.getOrDefault(emailKey(email), List.of()).stream()
                    .filter(partner -> externalId == null || partner.externalId == null).toList();
            return candidates.size() > 1 ? new Match(null, true) : new Match(candidates.isEmpty() ? null : candidates.getFirst(), false);
        }
    }

    private record Match(Partner partner, boolean ambiguous) {
    }

    /** What earlier rows of the file are about, so that a second row about the same partner is refused. */
    private static final class Claims {

        private final Map<Object, Integer> lines = new HashMap<>();

        Optional<RowProblem> claim(PartnerSheet sheet, int line, Partner partner, PartnerCommand request) {
            List<Object> keys = new ArrayList<>();
            if (partner != null) {
                keys.add(partner.id);
            }
            if (request.externalId() != null) {
                keys.add("external:" + request.externalId());
            } else if (request.email() != null) {
                keys.add("email:" + emailKey(request.email()));
            }
            for (Object key : keys) {
                Integer earlier = lines.get(key);
                if (earlier != null) {
                    String column = sheet.heading(request.externalId() != null ? PartnerColumn.EXTERNAL_ID : PartnerColumn.EMAIL);
                    return Optional.of(new RowProblem(column, "DUPLICATE_IN_FILE",
                            "Derselbe Partner steht schon in Zeile " + earlier + ".",
                            "The same partner is already in line " + earlier + "."));
                }
            }
            keys.forEach(key -> lines.put(key, line));
            return Optional.empty();
        }
    }

    private static String emailKey(String email) {
        return Objects.requireNonNull(email).strip().toLowerCase(Locale.ROOT);
    }
}
