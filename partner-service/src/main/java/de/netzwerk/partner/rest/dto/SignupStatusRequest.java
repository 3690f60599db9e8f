package de.netzwerk.partner.rest.dto;

import de.netzwerk.partner.SignupStatus;
import jakarta.validation.constraints.NotNull;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

public record SignupStatusRequest(@Schema(examples = "CLOSED") @NotNull SignupStatus status) {
}
