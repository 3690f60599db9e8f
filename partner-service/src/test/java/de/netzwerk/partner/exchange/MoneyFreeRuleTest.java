package de.netzwerk.partner.exchange;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;
import java.util.Optional;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class MoneyFreeRuleTest {

    @ParameterizedTest
    @ValueSource(strings = { "Raum für 20 Personen, 50 € pro Abend", "Beratung für EUR 30 die Stunde", "Transporter, 0,30 Euro/km",
            "Nachhilfe 15,- Euro", "Workshop gegen Honorar", "Begleitung gegen Bezahlung", "Saal gegen Entgelt",
            "Räume, kostenpflichtig", "Fahrdienst, Stundensatz nach Absprache", "Laptop zu verkaufen", "Coaching for a small fee",
            "Translation, paid by the hour", "$20 per hour" })
    void aDescriptionThatNamesMoneyIsRefused(String description) {
        Optional<MoneyFreeRule.Refusal> refusal = MoneyFreeRule.check(Set.of(), description, List.of());

        assertTrue(refusal.isPresent(), description);
        assertEquals("description", refusal.get().field());
    }

    @ParameterizedTest
    @ValueSource(strings = { "Euro-Schlüssel für die barrierefreie Toilette", "Kontakte in die Europa-Union",
            "Beratung kostenlos und unentgeltlich", "Raum ohne Honorar, keine Bezahlung nötig", "Sachspende: Stühle",
            "Gebührenfreier Parkplatz vor dem Haus", "Vortrag, no fee", "20 Stühle und 4 Tische", "Fahrten am 3. Advent" })
    void wordsThatOnlyLookLikeMoneyPass(String description) {
        assertEquals(Optional.empty(), MoneyFreeRule.check(Set.of(), description, List.of()), description);
    }

    @Test
    void aFieldThatPricesTheEntryIsRefusedByItsName() {
        assertEquals("price", MoneyFreeRule.check(Set.of("price"), "Raum", List.of()).orElseThrow().field());
        assertEquals("hourlyFee", MoneyFreeRule.check(Set.of("hourlyFee"), "Raum", List.of()).orElseThrow().field());
        assertEquals("kosten_euro", MoneyFreeRule.check(Set.of("kosten_euro"), "Raum", List.of()).orElseThrow().field());
        assertEquals(Optional.empty(), MoneyFreeRule.check(Set.of("feedback", "roomSize"), "Raum", List.of()));
    }

    @Test
    void aTagThatNamesMoneyIsRefusedByItsPlace() {
        assertEquals("tags[1]", MoneyFreeRule.check(Set.of(), "Raum", List.of("Gruppenraum", "Honorar")).orElseThrow().field());
    }
}
