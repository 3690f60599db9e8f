package de.netzwerk.meeting.calendar;

import org.junit.jupiter.api.Test;

import java.util.Base64;
import java.util.HashSet;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class FeedSecretTest {

    @Test
    void aSecretIs32RandomBytesInBase64UrlWithoutPadding() {
        String secret = FeedSecret.generate();

        assertEquals(43, secret.length());
        assertEquals(32, Base64.getUrlDecoder().decode(secret).length);
        assertTrue(FeedSecret.isWellFormed(secret));
    }

    @Test
    void secretsDoNotRepeat() {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 1_000; i++) {
            assertTrue(seen.add(FeedSecret.generate()));
        }
    }

    @Test
    void theDigestIsStableAndIsNotTheSecret() {
        String secret = FeedSecret.generate();

        assertEquals(FeedSecret.digestOf(secret), FeedSecret.digestOf(secret));
        assertNotEquals(secret, FeedSecret.digestOf(secret));
        assertNotEquals(FeedSecret.digestOf(secret), FeedSecret.digestOf(FeedSecret.generate()));
        assertEquals("LPJNul-wow4m6DsqxbninhsWHlwfp0JecwQzYpOLmCQ", FeedSecret.digestOf("hello"), "SHA-256, base64url");
    }

    @Test
    void textThatCannotBeASecretIsNotLookedUp() {
        for (String text : new String[] { null, "", "A".repeat(42), "A".repeat(44), "A".repeat(42) + "=",
                "A".repeat(42) + "+", "A".repeat(42) + "/", "A".repeat(42) + "\u0000" }) {
            assertFalse(FeedSecret.isWellFormed(text), String.valueOf(text));
        }
    }

    @Test
    void digestsCompareEqualOnlyWhenEqual() {
        String digest = FeedSecret.digestOf(FeedSecret.generate());

        assertTrue(FeedSecret.sameDigest(digest, new String(digest)));
        assertFalse(FeedSecret.sameDigest(digest, FeedSecret.digestOf(FeedSecret.generate())));
    }
}
