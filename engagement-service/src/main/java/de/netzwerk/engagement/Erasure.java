package de.netzwerk.engagement;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.OffsetDateTime;
import java.util.HexFormat;
import java.util.UUID;

/**
 * That a partner's data was erased here, and when: no personal data. The partner is named by a one-way digest of
 * their id, so that no table holds the id any more while an event naming the partner later is still recognised
 * and refused (a random id of 122 bits cannot be found from its digest by trying). Keeping the bare id would do
 * the same, but then a search of the database for the id would still find it.
 */
@Entity
@Table(name = "partner_erasure")
public class Erasure {

    @Id
    @Column(name = "erasure_id")
    public UUID erasureId;

    @Column(name = "partner_digest", nullable = false)
    public String partnerDigest;

    @Column(name = "network_id", nullable = false)
    public String networkId;

    /** When partner-service erased the partner (the event's erasedAt). */
    @Column(name = "requested_at", nullable = false)
    public OffsetDateTime requestedAt;

    /** When this service had erased what it held. */
    @Column(name = "completed_at", nullable = false)
    public OffsetDateTime completedAt;

    public static String digestOf(UUID partnerId) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest(partnerId.toString().getBytes(StandardCharsets.US_ASCII));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime provides SHA-256", e);
        }
    }
}
