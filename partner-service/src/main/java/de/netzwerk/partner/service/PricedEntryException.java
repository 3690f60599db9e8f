package de.netzwerk.partner.service;

import de.netzwerk.partner.exchange.MoneyFreeRule;

/** An offer or need names money, which the exchange never trades: 422 naming the field (see {@link MoneyFreeRule}). */
public class PricedEntryException extends RuntimeException {

    private final String field;

    public PricedEntryException(MoneyFreeRule.Refusal refusal) {
        super(refusal.reason());
        this.field = refusal.field();
    }

    public String field() {
        return field;
    }
}
