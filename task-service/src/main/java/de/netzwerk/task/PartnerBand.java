package de.netzwerk.task;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

import java.time.OffsetDateTime;
import java.util.UUID;

/** A partner's engagement band as engagement-service last published it. */
@Entity
@Table(name = "partner_band")
@IdClass(PartnerBand.Key.class)
public class PartnerBand {

    public enum Band {
        ENGAGED,
        WATCH,
        AT_RISK
    }

    /** Like {@link NetworkKey}: the network is part of the key. */
    public record Key(String networkId, UUID partnerId) {
    }

    @Id
    @Column(name = "network_id")
    public String networkId;

    @Id
    @Column(name = "partner_id")
    public UUID partnerId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Band band;

    @Column(nullable = false)
    public int score;

    /** Bands arriving out of order: only a later change replaces an earlier one. */
    @Column(name = "changed_at", nullable = false)
    public OffsetDateTime changedAt;
}
