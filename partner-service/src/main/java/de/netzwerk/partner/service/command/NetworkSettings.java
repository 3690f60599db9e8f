package de.netzwerk.partner.service.command;

/**
 * A network's name, time zone and default language as a request gives them: on creation an absent time zone or
 * language takes the default, on an update any absent one stays as it is. Checked at the edge (IANA zone, de|en).
 */
public record NetworkSettings(String name, String timeZone, String defaultLanguage) {
}
