package de.netzwerk.partner.service;

import de.netzwerk.partner.repository.PersonalDataExportRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.OffsetDateTime;

/** Deletes, irreversibly, the documents of finished personal-data exports, one batch per transaction. */
@ApplicationScoped
@Transactional
public class ExportDocuments {

    private final PersonalDataExportRepository exports;
    private final Clock clock;

    ExportDocuments(PersonalDataExportRepository exports, Clock clock) {
        this.exports = exports;
        this.clock = clock;
    }

    /** One batch; fewer than {@code size} deleted means none are left. */
    public int deleteBatch(OffsetDateTime completedBefore, OffsetDateTime requestedBefore, int size) {
        return exports.deleteDocumentsDue(completedBefore, requestedBefore, OffsetDateTime.now(clock), size);
    }
}
