package de.netzwerk.partner;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.OffsetDateTime;
import java.util.UUID;

/** One answer a partner gave to a consent: the history behind the current answers on {@link Partner}. */
@Entity
@Table(name = "consent_record")
public class ConsentRecord {

    @Id
    public UUID id;

    @Column(name = "network_id", nullable = false)
    public String networkId;

    @Column(name = "partner_id", nullable = false)
    public UUID partnerId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public ConsentPurpose purpose;

    @Column(nullable = false)
    public boolean given;

    @Column(name = "recorded_at", nullable = false)
    public OffsetDateTime recordedAt;

    @Column(name = "recorded_by")
    public String recordedBy;

    public static ConsentRecord of(Partner partner, ConsentPurpose purpose, Consent consent) {
        ConsentRecord record = new ConsentRecord();
        record.id = UUID.randomUUID();
        record.networkId = partner.networkId;
        record.partnerId = partner.id;
        record.purpose = purpose;
        record.given = consent.given;
        record.recordedAt = consent.recordedAt;
        record.recordedBy = consent.recordedBy;
        return record;
    }
}
