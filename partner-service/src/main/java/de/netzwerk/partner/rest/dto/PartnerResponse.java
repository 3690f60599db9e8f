package de.netzwerk.partner.rest.dto;

import de.netzwerk.partner.Consent;
import de.netzwerk.partner.ContactDataRemoval;
import de.netzwerk.partner.Partner;
import de.netzwerk.partner.PartnerKind;
import de.netzwerk.partner.PartnerStatus;
import de.netzwerk.partner.Sector;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

public record PartnerResponse(@Schema(required = true) UUID id,
        @Schema(required = true) PartnerKind kind,
        @Schema(required = true) Sector sector,
        @Schema(required = true, nullable = true) String name,
        @Schema(required = true, nullable = true, description = "Absent for integrations once the partner left, and for everyone once it was removed") String email,
        @Schema(required = true, nullable = true, description = "Absent for integrations once the partner left, and for everyone once it was removed") String phone,
        @Schema(required = true) List<String> expertise,
        @Schema(required = true, nullable = true) String interests,
        @Schema(required = true, nullable = true) String offers,
        @Schema(required = true) PartnerStatus status,
        @Schema(required = true, nullable = true, description = "When the status last became LEFT; absent while the partner is in the network") OffsetDateTime leftAt,
        @Schema(required = true) ConsentResponse contactConsent,
        @Schema(required = true) ConsentResponse listingConsent,
        @Schema(required = true) ConsentResponse stayListedConsent,
        @Schema(required = true, nullable = true, description = "The last time email and phone were removed because the partner had left; absent if never")
                ContactDataRemovalResponse contactDataRemoval,
        @Schema(required = true, nullable = true) UUID responsiblePartnerId,
        @Schema(required = true, nullable = true, description = "The partner's key in the network's own spreadsheet or system; absent if none") String externalId,
        @Schema(required = true) OffsetDateTime createdAt,
        @Schema(required = true) OffsetDateTime updatedAt,
        @Schema(required = true) long version) {

    public record ConsentResponse(@Schema(required = true) boolean given,
            @Schema(required = true, nullable = true) OffsetDateTime recordedAt,
            @Schema(required = true, nullable = true) String recordedBy) {
        static ConsentResponse of(Consent consent) {
            return new ConsentResponse(consent.given, consent.recordedAt, consent.recordedBy);
        }
    }

    public record ContactDataRemovalResponse(@Schema(required = true) OffsetDateTime removedAt,
            @Schema(required = true, description = "The fields that held data and were emptied", examples = "[\"email\", \"phone\"]")
                    List<String> fields) {
        static ContactDataRemovalResponse of(ContactDataRemoval removal) {
            return removal == null ? null : new ContactDataRemovalResponse(removal.removedAt, removal.fieldNames());
        }
    }

    public static PartnerResponse of(Partner partner) {
        return new PartnerResponse(partner.id, partner.kind, partner.sector, partner.name, partner.email, partner.phone,
                List.copyOf(partner.expertise), partner.interests, partner.offers, partner.status, partner.leftAt,
                ConsentResponse.of(partner.contactConsent), ConsentResponse.of(partner.listingConsent),
                ConsentResponse.of(partner.stayListedConsent), ContactDataRemovalResponse.of(partner.contactDataRemoval),
                partner.responsiblePartnerId, partner.externalId, partner.createdAt, partner.updatedAt, partner.version);
    }

    /** The same partner without email and phone, for a caller who may not see them. */
    public PartnerResponse withoutContactData() {
        return new PartnerResponse(id, kind, sector, name, null, null, expertise, interests, offers, status, leftAt,
                contactConsent, listingConsent, stayListedConsent, contactDataRemoval, responsiblePartnerId, externalId, createdAt,
                updatedAt, version);
    }
}
