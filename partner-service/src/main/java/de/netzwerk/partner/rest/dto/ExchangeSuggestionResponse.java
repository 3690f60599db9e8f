package de.netzwerk.partner.rest.dto;

import de.netzwerk.partner.exchange.ExchangeMatcher;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;
import java.util.UUID;

@Schema(name = "ExchangeSuggestion", description = "An open offer that could meet an open need, best first, with the "
        + "reasons for the ranking")
public record ExchangeSuggestionResponse(@Schema(required = true) UUID offerId,
        @Schema(required = true) UUID needId,
        @Schema(required = true) UUID offeringPartnerId,
        @Schema(required = true) UUID needingPartnerId,
        @Schema(required = true, description = "Higher is a better fit; only the order matters") int score,
        @Schema(required = true, description = "Tags both carry") List<String> sharedTags,
        @Schema(required = true, description = "Words both descriptions use") List<String> sharedWords,
        @Schema(required = true, description = "Why the pair ranks where it does, in words") List<String> reasons) {

    public static ExchangeSuggestionResponse of(ExchangeMatcher.Suggestion suggestion) {
        return new ExchangeSuggestionResponse(suggestion.offer().id(), suggestion.need().id(), suggestion.offer().partnerId(),
                suggestion.need().partnerId(), suggestion.score(), suggestion.sharedTags(), suggestion.sharedWords(),
                suggestion.reasons());
    }
}
