package de.netzwerk.partner;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * A request to export a partner's personal data (GDPR Art. 15 and 20) and the document it gathers: partner-service's
 * own part, read when the export was requested, and the part each other service sent back on
 * {@code personal-data-exports}. The parts hold personal data: once the document is deleted (after the retention, or
 * at the partner's erasure) only ids and times remain.
 */
@Entity
@Table(name = "personal_data_export")
public class PersonalDataExport {

    /** The services whose parts complete the document, besides partner-service's own. */
    public static final List<String> OTHER_SERVICES = List.of("meeting-service", "task-service", "engagement-service");

    @Id
    public UUID id;

    @Column(name = "network_id", nullable = false)
    public String networkId;

    @Column(name = "partner_id", nullable = false)
    public UUID partnerId;

    @Column(name = "requested_at", nullable = false)
    public OffsetDateTime requestedAt;

    /** The token subject of the caller who requested it. */
    @Column(name = "requested_by", nullable = false)
    public String requestedBy;

    /** partner-service's part as JSON; null once the document was deleted. */
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "partner_part")
    public String partnerPart;

    /** When the last of the other services' parts arrived; null until all have. */
    @Column(name = "completed_at")
    public OffsetDateTime completedAt;

    @Column(name = "documents_deleted_at")
    public OffsetDateTime documentsDeletedAt;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "personal_data_export_part", joinColumns = @JoinColumn(name = "export_id"))
    @OrderBy("service")
    public List<Part> parts = new ArrayList<>();

    /** One service's part as it sent it. */
    @Embeddable
    public static class Part {

        @Column(nullable = false)
        public String service;

        @Column(name = "exported_at", nullable = false)
        public OffsetDateTime exportedAt;

        @Column(name = "received_at", nullable = false)
        public OffsetDateTime receivedAt;

        @JdbcTypeCode(SqlTypes.JSON)
        @Column(nullable = false)
        public String content;

        public static Part of(String service, OffsetDateTime exportedAt, OffsetDateTime receivedAt, String content) {
            Part part = new Part();
            part.service = service;
            part.exportedAt = exportedAt;
            part.receivedAt = receivedAt;
            part.content = content;
            return part;
        }
    }

    public Optional<Part> partOf(String service) {
        return parts.stream().filter(part -> part.service.equals(service)).findFirst();
    }

    /** The other services whose part has not arrived, in the order of {@link #OTHER_SERVICES}. */
    public List<String> missing() {
        return OTHER_SERVICES.stream().filter(service -> partOf(service).isEmpty()).toList();
    }

    public boolean documentDeleted() {
        return documentsDeletedAt != null;
    }

    /** Deletes what the export holds about the person: the parts; the job's ids and times stay. */
    public void deleteDocument(OffsetDateTime now) {
        partnerPart = null;
        parts.clear();
        documentsDeletedAt = now;
    }
}
