package de.netzwerk.infra.api;

import net.jqwik.api.sessions.JqwikSession;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Hostile values reach the service as meant: encoded byte by byte, recognised, the same for the same seed. */
class HostileInputTest {

    @Test
    void pathAndQueryValuesArePercentEncodedByteByByteWithoutRepairs() {
        assertEquals("a-b_c.d~9", PercentEncoding.encode("a-b_c.d~9"));
        assertEquals("%2F%3F%26%20%00", PercentEncoding.encode("/?& \u0000"));
        assertEquals("%C3%A4%F0%9F%98%80", PercentEncoding.encode("ä😀"));
        assertEquals("x%ED%A0%80y", PercentEncoding.encode("x\ud800y"), "a lone surrogate as the bytes a careless client sends");
    }

    @Test
    void nulAndUnpairedSurrogatesAreRecognisedAndPairsAreNot() {
        assertTrue(HostileValues.hasNulOrLoneSurrogate("a\u0000"));
        assertTrue(HostileValues.hasNulOrLoneSurrogate("a\ud800b"));
        assertTrue(HostileValues.hasNulOrLoneSurrogate("\udc00"));
        assertFalse(HostileValues.hasNulOrLoneSurrogate("😀 ä"));
    }

    @Test
    void theSameSeedGivesTheSameValues() {
        JqwikSession.start();
        try {
            HostileValues first = new HostileValues(42);
            HostileValues second = new HostileValues(42);
            for (int i = 0; i < 20; i++) {
                assertEquals(first.withLoneSurrogate(), second.withLoneSurrogate());
                assertEquals(first.farDate(), second.farDate());
            }
            String nul = first.withNul();
            assertTrue(nul.contains("\u0000"));
            assertTrue(HostileValues.hasNulOrLoneSurrogate(first.withLoneSurrogate()));
        } finally {
            JqwikSession.finish();
        }
    }

    @Test
    void jsonGoesOutWithEveryNonAsciiCharacterEscaped() {
        assertEquals("{\"name\":\"\\uD800\\u00E4\\u0000\"}", Json.write(Json.tree(Map.of("name", "\ud800ä\u0000"))));
    }
}
