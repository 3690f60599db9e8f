package de.netzwerk.partner.service.command;

import de.netzwerk.partner.GoalCategory;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.UUID;

@Schema(name = "GoalRequest", description = "A strategic goal of the network (seed 002)")
public record GoalCommand(
        @Schema(examples = "Menschen mit Behinderung finden Arbeit in örtlichen Betrieben") @NotBlank @Size(max = 200) String title,
        @Schema(examples = "JOINT_PROJECTS") @NotNull GoalCategory category,
        @Schema(description = "1 is the most important", examples = "1") @Min(1) @Max(5) int priority,
        @Schema(description = "The partner of the network who looks after the goal") UUID responsiblePartnerId) {
}
