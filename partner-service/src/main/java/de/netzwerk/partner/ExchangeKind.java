package de.netzwerk.partner;

/**
 * What is offered or needed in the resource exchange (seed 001 "Ressourcen-Börse", seed 003 "Marktplatzmethode"):
 * "Es dürfe alles außer finanzieller Leistung getauscht werden" — so there is no kind for money.
 */
public enum ExchangeKind {
    ROOM, KNOW_HOW, TIME, EQUIPMENT, CONTACTS, TRANSPORT, OTHER
}
