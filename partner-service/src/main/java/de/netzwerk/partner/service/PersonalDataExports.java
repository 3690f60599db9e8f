package de.netzwerk.partner.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import de.netzwerk.partner.ExportStatus;
import de.netzwerk.partner.Partner;
import de.netzwerk.partner.PartnerStatus;
import de.netzwerk.partner.PersonalDataExport;
import de.netzwerk.partner.config.PersonalDataExportConfig;
import de.netzwerk.partner.event.PersonalDataExportRequested;
import de.netzwerk.partner.outbox.Outbox;
import de.netzwerk.partner.repository.PartnerRepository;
import de.netzwerk.partner.repository.PersonalDataExportRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Optional;
import java.util.UUID;

/**
 * Exports a partner's personal data (GDPR Art. 15 and 20, issue 14 item 1). Services never call each other, so the
 * export is a job: the request reads partner-service's own part ({@link PartnerParts}) and, in the same transaction,
 * puts {@code personal-data-export-requested} into the outbox; every other service answers with its part on
 * {@code personal-data-exports}, which {@link #receive} adds to the job; the caller polls the job.
 */
@ApplicationScoped
public class PersonalDataExports {

    private final PartnerRepository partners;
    private final PersonalDataExportRepository exports;
    private final PartnerParts partnerParts;
    private final Outbox outbox;
    private final ObjectMapper json;
    private final PersonalDataExportConfig config;
    private final Clock clock;

    PersonalDataExports(PartnerRepository partners, PersonalDataExportRepository exports, PartnerParts partnerParts,
            Outbox outbox, ObjectMapper json, PersonalDataExportConfig config, Clock clock) {
        this.partners = partners;
        this.exports = exports;
        this.partnerParts = partnerParts;
        this.outbox = outbox;
        this.json = json;
        this.config = config;
        this.clock = clock;
    }

    /** The export, where it stands now, and when its document is deleted once it is finished. */
    public record Progress(PersonalDataExport export, ExportStatus status, OffsetDateTime documentKeptUntil) {
    }

    /**
     * Starts an export of the partner's data for {@code caller} (a token subject), or answers the caller's export of
     * the partner that is still pending and was requested within {@code joinPendingWithin}: asking again while waiting
     * starts no second one. 404 for a partner not of the network, 410 for an erased one.
     */
    @Transactional
    public Progress request(String networkId, UUID partnerId, String caller) {
        Partner partner = lockedPartner(networkId, partnerId);
        OffsetDateTime now = OffsetDateTime.now(clock);
        Optional<PersonalDataExport> pending = exports.findPendingOf(networkId, partnerId, caller,
                now.minus(config.joinPendingWithin()));
        if (pending.isPresent()) {
            return progress(pending.get(), now);
        }
        PersonalDataExport export = new PersonalDataExport();
        export.id = UUID.randomUUID();
        export.networkId = networkId;
        export.partnerId = partnerId;
        export.requestedAt = now;
        export.requestedBy = caller;
        export.partnerPart = toJson(partnerParts.of(partner));
        exports.persist(export);
        outbox.add(PersonalDataExportRequested.of(export));
        return progress(export, now);
    }

    /** The export of the partner: 404 for an export of anyone else, 410 for an erased partner. */
    @Transactional
    public Progress of(String networkId, UUID partnerId, UUID exportId) {
        Partner partner = partners.findEvenErased(networkId, partnerId)
                .orElseThrow(() -> new ResourceNotFoundException("partner", partnerId));
        if (partner.status == PartnerStatus.ERASED) {
            throw new PartnerErasedException(partnerId);
        }
        PersonalDataExport export = exports.findOfPartner(networkId, partnerId, exportId)
                .orElseThrow(() -> new ResourceNotFoundException("export", exportId));
        return progress(export, OffsetDateTime.now(clock));
    }

    /** The export a part names, locked until the transaction ends, so that parts arriving at once queue up. */
    @Transactional(Transactional.TxType.MANDATORY)
    public Optional<PersonalDataExport> forPart(UUID exportId) {
        return exports.findForPart(exportId);
    }

    /** Whether the partner of the network was erased: a part about them is dropped, their exports are gone. */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean erased(String networkId, UUID partnerId) {
        return partners.findEvenErased(networkId, partnerId).filter(partner -> partner.status == PartnerStatus.ERASED)
                .isPresent();
    }

    /**
     * Adds {@code service}'s part to the export; the first part a service sends is the one kept. The export is complete
     * once every other service's part is there. A part for a document already deleted is dropped: false.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean receive(PersonalDataExport export, String service, OffsetDateTime exportedAt, String part) {
        if (export.documentDeleted()) {
            return false;
        }
        if (export.partOf(service).isEmpty()) {
            OffsetDateTime now = OffsetDateTime.now(clock);
            export.parts.add(PersonalDataExport.Part.of(service, exportedAt, now, part));
            if (export.missing().isEmpty()) {
                export.completedAt = now;
            }
        }
        return true;
    }

    private Progress progress(PersonalDataExport export, OffsetDateTime now) {
        OffsetDateTime finished = export.completedAt != null ? export.completedAt
                : export.requestedAt.plus(config.partsExpectedWithin());
        return new Progress(export, ExportStatus.of(export, now, config.partsExpectedWithin()),
                finished.plus(config.retention()));
    }

    private Partner lockedPartner(String networkId, UUID partnerId) {
        Partner partner = partners.findForErasure(networkId, partnerId)
                .orElseThrow(() -> new ResourceNotFoundException("partner", partnerId));
        if (partner.status == PartnerStatus.ERASED) {
            throw new PartnerErasedException(partnerId);
        }
        return partner;
    }

    private String toJson(PartnerPart part) {
        try {
            return json.writeValueAsString(part);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("partner-service's part of an export cannot be written", e);
        }
    }
}
