package de.netzwerk.partner;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

import java.time.OffsetDateTime;

/** A partner's yes or no to something, with when and by whom it was recorded. */
@Embeddable
public class Consent {

    @Column(nullable = false)
    public boolean given;

    @Column(name = "recorded_at")
    public OffsetDateTime recordedAt;

    @Column(name = "recorded_by")
    public String recordedBy;

    public static Consent recorded(boolean given, OffsetDateTime at, String by) {
        Consent consent = new Consent();
        consent.given = given;
        consent.recordedAt = at;
        consent.recordedBy = by;
        return consent;
    }
}
