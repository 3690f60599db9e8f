package de.netzwerk.meeting.position;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A position in the event topics: for each topic-partition, the offset of the last event that must have been seen.
 * Written as {@code partner-events:3:1234,partner-events:0:17} ({@code Netzwerk-Position}, sent back in
 * {@code Netzwerk-Read-After}); clients treat the text as opaque. Kafka offsets are exact and the same for every
 * consumer, so one position means the same in every service, whatever event types each skips.
 */
public record Position(List<Part> parts) {

    /** One topic-partition and the offset of the last event of it that must have been seen. */
    public record Part(String topic, int partition, long offset) {

        /** Reached by a consumer whose next offset to read is beyond this one. */
        public boolean reachedBy(long nextOffset) {
            return nextOffset > offset;
        }

        @Override
        public String toString() {
            return topic + ":" + partition + ":" + offset;
        }
    }

    /** Kafka's legal topic names, a partition and an offset; at most this many parts, so a header cannot make us work. */
    private static final Pattern PART = Pattern.compile("([a-zA-Z0-9._-]{1,249}):(\\d{1,9}):(\\d{1,18})");
    static final int MAX_PARTS = 256;

    public Position {
        parts = List.copyOf(parts);
    }

    /** Empty if the text is no position; a topic-partition named twice must be reached at its highest offset. */
    public static Optional<Position> parse(String text) {
        String[] items = text.strip().split("\\s*,\\s*", -1);
        if (items.length > MAX_PARTS) {
            return Optional.empty();
        }
        List<Part> parts = new ArrayList<>(items.length);
        for (String item : items) {
            Matcher matcher = PART.matcher(item);
            if (!matcher.matches()) {
                return Optional.empty();
            }
            parts.add(new Part(matcher.group(1), Integer.parseInt(matcher.group(2)), Long.parseLong(matcher.group(3))));
        }
        return Optional.of(highestPerPartition(parts));
    }

    /** For each topic-partition the highest offset among the parts: the position after all of them. */
    public static Position highestPerPartition(List<Part> parts) {
        Map<String, Part> highest = new LinkedHashMap<>();
        for (Part part : parts) {
            highest.merge(part.topic() + ":" + part.partition(), part,
                    (one, other) -> one.offset() >= other.offset() ? one : other);
        }
        return new Position(highest.values().stream()
                .sorted(Comparator.comparing(Part::topic).thenComparingInt(Part::partition)).toList());
    }

    /** The parts naming these topics: a service waits only for the topics it reads. */
    public Position onlyTopics(Set<String> topics) {
        return new Position(parts.stream().filter(part -> topics.contains(part.topic())).toList());
    }

    public boolean isEmpty() {
        return parts.isEmpty();
    }

    @Override
    public String toString() {
        return String.join(",", parts.stream().map(Part::toString).toList());
    }
}
