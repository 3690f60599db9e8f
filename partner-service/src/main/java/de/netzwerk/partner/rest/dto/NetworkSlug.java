package de.netzwerk.partner.rest.dto;

/** The shape of a network id: it appears in every path, so it stays short, lower-case and URL-safe. */
final class NetworkSlug {

    static final String PATTERN = "[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?";
    static final String MESSAGE = "{netzwerk.network-id}";

    private NetworkSlug() {
    }
}
