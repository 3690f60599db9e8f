package de.netzwerk.infra.api;

import java.nio.charset.StandardCharsets;

/**
 * Percent-encodes path segments and query values byte by byte, without the repairs of a URI library: a lone
 * surrogate goes out as the bytes a careless client would send ({@code %ED%A0%80}), a NUL as {@code %00}.
 */
final class PercentEncoding {

    private static final String UNRESERVED = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~";

    private PercentEncoding() {
    }

    static String encode(String value) {
        StringBuilder encoded = new StringBuilder(value.length());
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (UNRESERVED.indexOf(c) >= 0) {
                encoded.append(c);
            } else {
                for (byte b : bytes(value, i)) {
                    encoded.append('%').append(String.format("%02X", b & 0xff));
                }
                if (Character.isHighSurrogate(c) && i + 1 < value.length() && Character.isLowSurrogate(value.charAt(i + 1))) {
                    i++;
                }
            }
        }
        return encoded.toString();
    }

    /** The UTF-8 bytes of the code point at {@code i}, or of the lone surrogate there as if it were one (CESU-8). */
    private static byte[] bytes(String value, int i) {
        char c = value.charAt(i);
        if (Character.isSurrogate(c)
                && !(Character.isHighSurrogate(c) && i + 1 < value.length() && Character.isLowSurrogate(value.charAt(i + 1)))) {
            return new byte[] { (byte) (0xE0 | (c >> 12)), (byte) (0x80 | ((c >> 6) & 0x3F)), (byte) (0x80 | (c & 0x3F)) };
        }
        return new String(Character.toChars(value.codePointAt(i))).getBytes(StandardCharsets.UTF_8);
    }
}
