package de.netzwerk.engagement.language;

import java.util.Locale;
import java.util.Optional;

/** The language a network chose for its people: the default of every answer whose caller names none. */
public interface NetworkLanguage {

    Optional<Locale> of(String networkId);
}
