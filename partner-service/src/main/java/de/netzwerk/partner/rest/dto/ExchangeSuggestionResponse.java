package de.netzwerk.partner.rest.dto;

import de.netzwerk.partner.exchange.ExchangeMatcher;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;
import java.util.UUID;

@Schema(name = "ExchangeSuggestion", description = "An open offer that could meet an open need, best first, with the "
        + "reasons for the ranking")
public record ExchangeSuggestionResponse(UUID offerId, UUID needId, UUID offeringPartnerId, UUID needingPartnerId,
        @Schema(description = "Higher is a better fit; only the order matters") int score,
        @Schema(description = "Tags both carry") List<String> sharedTags,
        @Schema(description = "Words both descriptions use") List<String> sharedWords,
        @Schema(description = "Why the pair ranks where it does, in words") List<String> reasons) {

    public static ExchangeSuggestionResponse of(ExchangeMatcher.Suggestion suggestion) {
        return new ExchangeSuggestionResponse(suggestion.offer().id(), suggestion.need().id(), suggestion.offer().partnerId(),
                suggestion.need().partnerId(), suggestion.score(), suggestion.sharedTags(), suggestion.sharedWords(),
                suggestion.reasons());
    }
}
