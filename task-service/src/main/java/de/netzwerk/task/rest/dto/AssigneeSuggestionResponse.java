package de.netzwerk.task.rest.dto;

import de.netzwerk.task.PartnerBand;
import de.netzwerk.task.ranking.AssigneeRanking;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;
import java.util.UUID;

@Schema(description = "A partner who could own the task, best first, with the reasons for the ranking")
public record AssigneeSuggestionResponse(
        @Schema(required = true) UUID partnerId,
        @Schema(required = true, description = "Higher is a better fit; only the order matters") double score,
        @Schema(required = true, description = "The partner's expertise that matches the task's tags or text")
        List<String> matchedExpertise,
        @Schema(required = true, description = "Open tasks the partner owns now") long openTasks,
        @Schema(required = true, nullable = true, description = "Engagement band, null until engagement-service has "
                + "published one or while the partner objects to scoring") PartnerBand.Band band,
        @Schema(required = true, description = "Why the partner ranks where they do, in words") List<String> reasons) {

    public static AssigneeSuggestionResponse of(AssigneeRanking.Suggestion suggestion) {
        return new AssigneeSuggestionResponse(suggestion.partnerId(), suggestion.score(), suggestion.matchedExpertise(),
                suggestion.openTasks(), suggestion.band() == null ? null : PartnerBand.Band.valueOf(suggestion.band().name()),
                suggestion.reasons());
    }
}
