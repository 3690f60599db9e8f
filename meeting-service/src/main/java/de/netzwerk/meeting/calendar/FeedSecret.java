package de.netzwerk.meeting.calendar;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.regex.Pattern;

/**
 * The secret in a calendar feed's link: 32 random bytes, base64url without padding (43 characters). Whoever holds
 * the link reads the feed, so the secret is shown once and only its SHA-256 digest is stored: a feed is found by the
 * digest of the secret presented, and the digests are compared in constant time. Looking up by digest leaks nothing
 * through timing: how far a guess's digest matched a stored one says nothing about a secret that hashes to it.
 */
public final class FeedSecret {

    private static final int RANDOM_BYTES = 32;
    private static final Pattern FORMAT = Pattern.compile("[A-Za-z0-9_-]{43}");
    private static final Base64.Encoder BASE64URL = Base64.getUrlEncoder().withoutPadding();
    private static final SecureRandom RANDOM = new SecureRandom();

    private FeedSecret() {
    }

    /** A new secret, never seen before with overwhelming probability. */
    public static String generate() {
        byte[] bytes = new byte[RANDOM_BYTES];
        RANDOM.nextBytes(bytes);
        return BASE64URL.encodeToString(bytes);
    }

    /** Whether the text could be a secret at all: anything else need not be looked up. */
    public static boolean isWellFormed(String text) {
        return text != null && FORMAT.matcher(text).matches();
    }

    /** The digest stored for, and looked up by, a secret: SHA-256, base64url without padding. */
    public static String digestOf(String secret) {
        return BASE64URL.encodeToString(sha256(secret.getBytes(StandardCharsets.US_ASCII)));
    }

    /** Compares two digests in time independent of where they differ. */
    public static boolean sameDigest(String expected, String actual) {
        return MessageDigest.isEqual(expected.getBytes(StandardCharsets.US_ASCII),
                actual.getBytes(StandardCharsets.US_ASCII));
    }

    static byte[] sha256(byte[] bytes) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(bytes);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }
}
