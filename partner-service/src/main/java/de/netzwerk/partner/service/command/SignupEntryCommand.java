package de.netzwerk.partner.service.command;

import de.netzwerk.partner.PartnerKind;
import de.netzwerk.partner.Sector;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "SignupEntryRequest", description = "Someone signing up at the table. A coordinator enters name and email (and phone if given); a "
        + "member signs up themselves, and the entry names their own partner: name, email, phone, kind and sector are "
        + "then not used (a profile is changed through PUT …/partners/{partnerId}).")
public record SignupEntryCommand(
        @Schema(examples = "Erika Mustermann") @Size(max = 200) String name,
        @Schema(description = "Compared case-insensitively with the network's partners: a known email links that partner",
                examples = "erika@example.org") @Email @Size(max = 254) String email,
        @Schema(examples = "+49 2871 123456") @Pattern(regexp = "[+0-9 ()/-]{3,40}", message = "{netzwerk.phone}") String phone,
        @Schema(description = "For a new partner; default PERSON") PartnerKind kind,
        @Schema(description = "For a new partner; default OTHER") Sector sector,
        @Schema(description = "Consent to be contacted by the network about the group: required (422 without)",
                examples = "true") Boolean contactConsent) {
}
