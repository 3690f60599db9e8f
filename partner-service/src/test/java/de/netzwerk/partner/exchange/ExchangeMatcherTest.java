package de.netzwerk.partner.exchange;

import de.netzwerk.partner.ExchangeKind;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ExchangeMatcherTest {

    private static final UUID TAFEL = UUID.randomUUID();
    private static final UUID BLICKWINKEL = UUID.randomUUID();
    private static final UUID SPORTVEREIN = UUID.randomUUID();

    @Test
    void sharedTagsRankFirstAndSayWhy() {
        var room = listing(TAFEL, ExchangeKind.ROOM, "Barrierefreier Gruppenraum am Markt", "barrierefreiheit", "gruppenraum");
        var roomForWorkshop = listing(BLICKWINKEL, ExchangeKind.ROOM, "Raum für einen Workshop gesucht", "barrierefreiheit");
        var roomForTraining = listing(SPORTVEREIN, ExchangeKind.ROOM, "Halle für Training");

        List<ExchangeMatcher.Suggestion> suggestions = ExchangeMatcher.suggest(List.of(room),
                List.of(roomForTraining, roomForWorkshop), Set.of());

        assertEquals(List.of(roomForWorkshop, roomForTraining), suggestions.stream().map(ExchangeMatcher.Suggestion::need).toList());
        assertEquals(List.of("barrierefreiheit"), suggestions.getFirst().sharedTags());
        assertEquals(List.of("both are ROOM", "tag 'barrierefreiheit' on both"), suggestions.getFirst().reasons());
        assertEquals(List.of("both are ROOM", "no tags or words in common"), suggestions.getLast().reasons());
    }

    @Test
    void tagsNamedInTheOtherDescriptionAndSharedWordsCount() {
        var know = listing(TAFEL, ExchangeKind.KNOW_HOW, "Wir übersetzen Flyer in Leichte Sprache", "leichte sprache");
        var need = listing(BLICKWINKEL, ExchangeKind.KNOW_HOW, "Unsere Flyer sollen in Leichte Sprache");

        var suggestion = ExchangeMatcher.suggest(List.of(know), List.of(need), Set.of()).getFirst();

        assertTrue(suggestion.reasons().contains("the need names the offer's tag 'leichte sprache'"), suggestion.reasons().toString());
        assertTrue(suggestion.sharedWords().contains("flyer"), suggestion.sharedWords().toString());
        assertEquals(1 + 2 + suggestion.sharedWords().size(), suggestion.score());
    }

    @Test
    void noPairOfOnePartnerOfKindsThatDoNotFitMatchedAlreadyOrWithNothingInCommon() {
        var room = listing(TAFEL, ExchangeKind.ROOM, "Raum", "raum");
        var ownNeed = listing(TAFEL, ExchangeKind.ROOM, "Raum", "raum");
        var transport = listing(BLICKWINKEL, ExchangeKind.TRANSPORT, "Raum", "raum");
        var matched = listing(SPORTVEREIN, ExchangeKind.ROOM, "Raum", "raum");
        var other = listing(BLICKWINKEL, ExchangeKind.OTHER, "Raum", "raum");
        var otherWithNothingInCommon = listing(SPORTVEREIN, ExchangeKind.OTHER, "Halle");

        var suggestions = ExchangeMatcher.suggest(List.of(room), List.of(ownNeed, transport, matched, other, otherWithNothingInCommon),
                Set.of(new ExchangeMatcher.Pair(room.id(), matched.id())));

        assertEquals(List.of(other), suggestions.stream().map(ExchangeMatcher.Suggestion::need).toList());
    }

    private static ExchangeMatcher.Listing listing(UUID partner, ExchangeKind kind, String description, String... tags) {
        return new ExchangeMatcher.Listing(UUID.randomUUID(), partner, kind, description, Set.of(tags));
    }
}
