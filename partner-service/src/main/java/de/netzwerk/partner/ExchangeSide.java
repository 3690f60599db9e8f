package de.netzwerk.partner;

/** Which side of the exchange an entry is on: a partner offers something, or needs something. */
public enum ExchangeSide {
    OFFER, NEED
}
