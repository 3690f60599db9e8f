package de.netzwerk.partner.spreadsheet;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The text of an uploaded file. A declared charset is honoured; without one, a file that is valid UTF-8 (with or
 * without byte order mark) is read as UTF-8, anything else as Windows-1252 — what Excel writes on a German Windows.
 */
public record CsvText(String text, Charset charset) {

    public static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    /** The charsets a spreadsheet is accepted in, by the names clients send. */
    private static final Map<String, Charset> ACCEPTED = Map.of(
            "utf-8", StandardCharsets.UTF_8, "utf8", StandardCharsets.UTF_8,
            "us-ascii", StandardCharsets.UTF_8, // ASCII is UTF-8
            "windows-1252", WINDOWS_1252, "cp1252", WINDOWS_1252,
            "iso-8859-1", StandardCharsets.ISO_8859_1, "latin1", StandardCharsets.ISO_8859_1,
            "iso-8859-15", Charset.forName("ISO-8859-15"));

    private static final char BYTE_ORDER_MARK = '\uFEFF';

    /** The charset named by a {@code charset} parameter, if it is one of those accepted. */
    public static Optional<Charset> accepted(String name) {
        return Optional.ofNullable(ACCEPTED.get(name.strip().replace("\"", "").toLowerCase(Locale.ROOT)));
    }

    /**
     * Decodes the bytes in {@code declared}, or detects the charset when none is declared.
     *
     * @throws SpreadsheetException when the bytes are not text in the declared charset
     */
    public static CsvText decode(byte[] bytes, Optional<Charset> declared) {
        if (declared.isPresent()) {
            return strict(bytes, declared.get()).orElseThrow(() -> new SpreadsheetException("CHARSET_MISMATCH",
                    "Die Datei ist kein gültiger Text in " + declared.get().name() + ".",
                    "The file is not valid " + declared.get().name() + " text."));
        }
        return strict(bytes, StandardCharsets.UTF_8)
                .or(() -> strict(bytes, WINDOWS_1252))
                .orElseThrow(() -> new SpreadsheetException("CHARSET_UNKNOWN",
                        "Die Datei ist weder UTF-8 noch Windows-1252: geben Sie den Zeichensatz im Content-Type an.",
                        "The file is neither UTF-8 nor Windows-1252: name its charset in the Content-Type."));
    }

    private static Optional<CsvText> strict(byte[] bytes, Charset charset) {
        try {
            String text = charset.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
            if (!text.isEmpty() && text.charAt(0) == BYTE_ORDER_MARK) {
                text = text.substring(1);
            }
            return Optional.of(new CsvText(text, charset));
        } catch (CharacterCodingException e) {
            return Optional.empty();
        }
    }
}
