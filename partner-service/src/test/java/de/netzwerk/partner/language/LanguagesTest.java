package de.netzwerk.partner.language;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.Properties;

import static org.junit.jupiter.api.Assertions.assertEquals;

class LanguagesTest {

    @Test
    void aRegionalGermanFindsGerman() {
        assertEquals(Optional.of(Languages.GERMAN), Languages.preferred("de-DE,de;q=0.9"));
    }

    @Test
    void theHeaviestOfOurLanguagesWinsWhateverTheOrder() {
        assertEquals(Optional.of(Languages.ENGLISH), Languages.preferred("de;q=0.4, en-GB;q=0.8"));
    }

    @Test
    void aLanguageWeDoNotSpeakIsPassedOver() {
        assertEquals(Optional.of(Languages.ENGLISH), Languages.preferred("fr-FR, fr;q=0.9, en;q=0.5"));
    }

    @Test
    void onlyLanguagesWeDoNotSpeakLeaveTheChoiceToTheNetwork() {
        assertEquals(Optional.empty(), Languages.preferred("fr, it;q=0.5"));
    }

    @Test
    void aWildcardOrARefusedLanguageLeavesTheChoiceToTheNetwork() {
        assertEquals(Optional.empty(), Languages.preferred("*"));
        assertEquals(Optional.empty(), Languages.preferred("en;q=0"));
    }

    @Test
    void anUnreadableHeaderCountsAsNone() {
        assertEquals(Optional.empty(), Languages.preferred("de;q=zwei"));
        assertEquals(Optional.empty(), Languages.preferred(""));
        assertEquals(Optional.empty(), Languages.preferred(null));
    }

    @Test
    void aTextIsWrittenInTheLanguageWithItsArgumentsAsGiven() {
        Text text = Text.of("not-found", Text.of("kind.partner"), 2026);

        assertEquals("Partner:in „2026“ wurde nicht gefunden.", Messages.render(text, Languages.GERMAN));
        assertEquals("No partner '2026' was found.", Messages.render(text, Languages.ENGLISH));
    }

    @Test
    void everyCodeHasGermanAndEnglishWords() throws IOException {
        assertEquals(keys("messages.properties"), keys("messages_de.properties"));
        assertEquals(keys("common-messages.properties"), keys("common-messages_de.properties"));
        assertEquals(keys("ValidationMessages.properties").stream().filter(key -> key.startsWith("netzwerk.")).toList(),
                keys("ValidationMessages_de.properties").stream().filter(key -> key.startsWith("netzwerk.")).toList());
    }

    private static List<String> keys(String bundle) throws IOException {
        Properties properties = new Properties();
        try (var reader = new InputStreamReader(LanguagesTest.class.getResourceAsStream("/" + bundle), StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        return properties.stringPropertyNames().stream().sorted().toList();
    }
}
