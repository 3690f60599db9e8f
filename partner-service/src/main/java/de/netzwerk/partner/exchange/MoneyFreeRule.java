package de.netzwerk.partner.exchange;

import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The exchange trades anything but money (seed 003: "alles außer finanzieller Leistung"). An entry is refused when
 * <ol>
 * <li>its request has a field that prices it — a field name made of a word such as price, amount, cost, fee,
 * currency, payment, compensation, salary, or the German Preis, Betrag, Kosten, Honorar, Gebühr, Vergütung, Entgelt,
 * whatever its value ({@code price}, {@code hourlyFee}, {@code kosten_euro});</li>
 * <li>its description or a tag names money: a currency sign (€, $, £), or an amount with EUR, Euro, Cent or ct
 * ("50 Euro", "EUR 20", "5,50€");</li>
 * <li>its description or a tag asks for or offers payment: Honorar, Bezahlung, bezahlt, Entgelt, Vergütung, Gebühr,
 * Stundensatz, Tagessatz, Stundenlohn, kostenpflichtig, Unkostenbeitrag, "zu verkaufen", fee, payment, paid, price,
 * salary, "for sale" — unless one of the two words before it says there is none: "ohne Honorar", "keine Bezahlung",
 * "no fee", "without payment".</li>
 * </ol>
 * Words that only look like money pass: "Euro-Schlüssel" and "Europa" (no amount), "kostenlos", "unentgeltlich",
 * "gebührenfrei", "Sachspende". Plain Java, no framework: unit-tested in {@code MoneyFreeRuleTest}.
 */
public final class MoneyFreeRule {

    /**
     * Why an entry was refused: the field as the caller wrote it, and what in its text names money; {@code found} is
     * null when the field's name itself is a price.
     */
    public record Refusal(String field, String found) {
    }

    private static final Set<String> PRICING_WORDS = Set.of("price", "prices", "pricing", "amount", "cost", "costs",
            "fee", "fees", "currency", "payment", "payments", "compensation", "remuneration", "salary", "wage", "wages",
            "honorarium", "preis", "preise", "betrag", "kosten", "honorar", "gebuehr", "gebühr", "gebuehren",
            "gebühren", "verguetung", "vergütung", "entgelt", "bezahlung", "euro", "eur");

    private static final Pattern CURRENCY_SIGN = Pattern.compile("[€$£]");
    private static final Pattern AMOUNT = Pattern.compile(
            "\\d[\\d.,]*\\s*(?:-\\s*)?(?:eur|euro|cent|ct)\\b|\\b(?:eur|euro)\\s*\\d", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern PAYMENT = Pattern.compile("(?<![\\p{L}\\p{N}])(?:honorar(?:e|s|basis)?|bezahlung|bezahlt|entgelt"
            + "|vergütung|verguetung|gebühr|gebühren|stundensatz|tagessatz|stundenlohn|kostenpflichtig|unkostenbeitrag"
            + "|zu verkaufen|fee|fees|payment|paid|price|prices|salary|for sale)(?![\\p{L}\\p{N}])",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Set<String> NEGATIONS = Set.of("ohne", "kein", "keine", "keinen", "keiner", "nicht", "no",
            "without", "not", "free");

    private MoneyFreeRule() {
    }

    /**
     * The first reason to refuse the entry, if any. {@code otherFields} are the names of request fields beyond the
     * entry's own; {@code tags} as the caller sent them, in order.
     */
    public static Optional<Refusal> check(Collection<String> otherFields, String description, List<String> tags) {
        for (String field : otherFields) {
            if (pricesIt(field)) {
                return Optional.of(new Refusal(field, null));
            }
        }
        Optional<String> inDescription = moneyIn(description);
        if (inDescription.isPresent()) {
            return inDescription.map(found -> new Refusal("description", found));
        }
        for (int i = 0; tags != null && i < tags.size(); i++) {
            Optional<String> inTag = moneyIn(tags.get(i));
            if (inTag.isPresent()) {
                return Optional.of(new Refusal("tags[" + i + "]", inTag.get()));
            }
        }
        return Optional.empty();
    }

    /** What in the text names money, if anything. */
    static Optional<String> moneyIn(String text) {
        if (text == null) {
            return Optional.empty();
        }
        Matcher sign = CURRENCY_SIGN.matcher(text);
        if (sign.find()) {
            return Optional.of(sign.group());
        }
        Matcher amount = AMOUNT.matcher(text);
        if (amount.find()) {
            return Optional.of(amount.group().strip());
        }
        Matcher payment = PAYMENT.matcher(text);
        while (payment.find()) {
            if (!negated(text.substring(0, payment.start()))) {
                return Optional.of(payment.group());
            }
        }
        return Optional.empty();
    }

    /** A field name split into its words (camelCase, snake_case, kebab-case), any of them a word for a price. */
    static boolean pricesIt(String field) {
        String words = field.replaceAll("([\\p{Ll}\\p{N}])(\\p{Lu})", "$1 $2").toLowerCase(Locale.ROOT);
        return Arrays.stream(words.split("[^\\p{L}\\p{N}]+")).anyMatch(PRICING_WORDS::contains);
    }

    private static boolean negated(String before) {
        String[] words = before.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+");
        for (int i = Math.max(0, words.length - 2); i < words.length; i++) {
            if (NEGATIONS.contains(words[i])) {
                return true;
            }
        }
        return false;
    }
}
