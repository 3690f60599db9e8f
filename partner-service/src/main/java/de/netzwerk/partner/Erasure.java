package de.netzwerk.partner;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * The record that a partner's personal data was erased (GDPR Art. 17), and which services confirmed their part when.
 * It holds ids, times, the requesting coordinator's token subject and a reason from a closed list: nothing about the
 * person.
 */
@Entity
@Table(name = "partner_erasure")
public class Erasure {

    @Id
    public UUID id;

    @Column(name = "network_id", nullable = false)
    public String networkId;

    @Column(name = "partner_id", nullable = false)
    public UUID partnerId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public ErasureReason reason;

    @Column(name = "requested_at", nullable = false)
    public OffsetDateTime requestedAt;

    /** The token subject of the coordinator who requested it. */
    @Column(name = "requested_by", nullable = false)
    public String requestedBy;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "erasure_confirmation", joinColumns = @JoinColumn(name = "erasure_id"))
    @OrderBy("confirmedAt, service")
    public List<Confirmation> confirmations = new ArrayList<>();

    /** A service that has erased what it held about the partner. */
    @Embeddable
    public static class Confirmation {

        @Column(nullable = false)
        public String service;

        @Column(name = "confirmed_at", nullable = false)
        public OffsetDateTime confirmedAt;

        public static Confirmation of(String service, OffsetDateTime confirmedAt) {
            Confirmation confirmation = new Confirmation();
            confirmation.service = service;
            confirmation.confirmedAt = confirmedAt;
            return confirmation;
        }
    }

    public boolean confirmedBy(String service) {
        return confirmations.stream().anyMatch(confirmation -> confirmation.service.equals(service));
    }
}
