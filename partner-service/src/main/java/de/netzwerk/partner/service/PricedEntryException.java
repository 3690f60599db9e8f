package de.netzwerk.partner.service;

import de.netzwerk.partner.exchange.MoneyFreeRule;

/** An offer or need names money, which the exchange never trades: 422 naming the field (see {@link MoneyFreeRule}). */
public class PricedEntryException extends RuntimeException {

    private final String field;
    private final String found;

    public PricedEntryException(MoneyFreeRule.Refusal refusal) {
        super("names money");
        this.field = refusal.field();
        this.found = refusal.found();
    }

    /** What in the field's text names money; null when the field's name itself is a price. */
    public String found() {
        return found;
    }

    public String field() {
        return field;
    }
}
