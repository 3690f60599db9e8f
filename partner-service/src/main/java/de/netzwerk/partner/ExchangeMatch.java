package de.netzwerk.partner;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * An offer and a need brought together, with who moved it on and when. The partners of both sides are kept with the
 * match so that it still reads who exchanged with whom once an entry is gone; a side whose partner was erased is
 * empty (offer and partner null), the other side and the dates stay.
 */
@Entity
@Table(name = "exchange_match")
public class ExchangeMatch {

    @Id
    public UUID id;

    @Column(name = "network_id", nullable = false)
    public String networkId;

    @Column(name = "offer_id")
    public UUID offerId;

    @Column(name = "need_id")
    public UUID needId;

    @Column(name = "offering_partner_id")
    public UUID offeringPartnerId;

    @Column(name = "needing_partner_id")
    public UUID needingPartnerId;

    /** The offer's kind, kept so that the match still says what was exchanged. */
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public ExchangeKind kind;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public ExchangeMatchStatus status;

    @Column(name = "proposed_by")
    public String proposedBy;

    @Column(name = "proposed_at", nullable = false)
    public OffsetDateTime proposedAt;

    @Column(name = "agreed_by")
    public String agreedBy;

    @Column(name = "agreed_at")
    public OffsetDateTime agreedAt;

    @Column(name = "completed_by")
    public String completedBy;

    @Column(name = "completed_at")
    public OffsetDateTime completedAt;

    @Column(name = "withdrawn_by")
    public String withdrawnBy;

    @Column(name = "withdrawn_at")
    public OffsetDateTime withdrawnAt;

    @Version
    public long version;

    /** Whether the partner is on either side of the match. */
    public boolean involves(UUID partnerId) {
        return partnerId.equals(offeringPartnerId) || partnerId.equals(needingPartnerId);
    }
}
