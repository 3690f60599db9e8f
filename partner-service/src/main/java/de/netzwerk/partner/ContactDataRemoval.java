package de.netzwerk.partner;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;

/**
 * That a left partner's contact data was removed, when, and which fields held data then — never the data itself.
 * Written only by the database update that removes it ({@code PartnerRepository#removeContactDataOfLeftBefore}).
 */
@Embeddable
public class ContactDataRemoval {

    @Column(name = "contact_data_removed_at")
    public OffsetDateTime removedAt;

    /** The removed fields as the API names them, comma-separated: {@code email}, {@code phone}. */
    @Column(name = "contact_data_removed_fields")
    public String fields;

    public List<String> fieldNames() {
        return Arrays.asList(fields.split(","));
    }
}
