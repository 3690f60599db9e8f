package de.netzwerk.partner.position;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.config.Config;

import java.util.HashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The topics this service's consumers read, from their channels' configuration (a channel's topic defaults to its
 * name): a position's parts naming other topics mean nothing here and are not waited for.
 */
@ApplicationScoped
public class ConsumedTopics {

    private static final Pattern INCOMING_CONNECTOR = Pattern.compile("mp\\.messaging\\.incoming\\.([^.]+)\\.connector");

    private final Set<String> topics;

    ConsumedTopics(Config config) {
        Set<String> found = new HashSet<>();
        for (String name : config.getPropertyNames()) {
            Matcher matcher = INCOMING_CONNECTOR.matcher(name);
            if (matcher.matches()) {
                String channel = matcher.group(1);
                found.add(config.getOptionalValue("mp.messaging.incoming." + channel + ".topic", String.class)
                        .orElse(channel));
            }
        }
        this.topics = Set.copyOf(found);
    }

    public Set<String> all() {
        return topics;
    }
}
