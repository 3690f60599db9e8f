package de.netzwerk.infra.deadletters;

import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.errors.TimeoutException;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * {@code deploy/local/dead-letters}: lists the dead letters of the consumers with their reasons, and re-sends chosen
 * ones to the topic they came from once the cause is fixed (see {@link DeadLetterTopics}). The broker is
 * {@code KAFKA_BOOTSTRAP_SERVERS}, by default the local run's.
 */
public final class DeadLettersCommand {

    private static final String USAGE = """
            usage: dead-letters list [CONSUMER-TOPIC]              e.g. meeting-service.partner-events, or meeting-service
                   dead-letters resend DLQ-TOPIC EVENT-ID…         the events (ce_id) to re-send, or --all
            KAFKA_BOOTSTRAP_SERVERS names the broker (default 127.0.0.1:9092).""";

    private DeadLettersCommand() {
    }

    public static void main(String[] args) {
        String bootstrapServers = Objects.requireNonNullElse(System.getenv("KAFKA_BOOTSTRAP_SERVERS"), "127.0.0.1:9092");
        boolean list = args.length >= 1 && args.length <= 2 && args[0].equals("list");
        boolean resend = args.length >= 3 && args[0].equals("resend");
        if (!list && !resend) {
            System.err.println(USAGE);
            System.exit(2);
        }
        try (DeadLetterTopics topics = new DeadLetterTopics(bootstrapServers)) {
            if (list) {
                print(topics.list(args.length == 2 ? args[1] : null), System.out);
            } else {
                List<String> ids = List.of(args).subList(2, args.length);
                List<DeadLetter> sent = ids.equals(List.of("--all")) ? topics.resendAll(args[1]) : topics.resend(args[1], ids);
                sent.forEach(letter -> System.out.printf("re-sent %s (%s) from %s %s to %s%n", letter.eventId(),
                        letter.eventType(), letter.topic(), letter.position(), letter.originalTopic()));
                System.out.printf("%d re-sent; a consumer skips any it has applied already (by ce_id)%n", sent.size());
            }
        } catch (TimeoutException e) {
            System.err.printf("error: the broker at %s did not answer in time (%s)%n", bootstrapServers, e.getMessage());
            System.exit(1);
        } catch (IllegalArgumentException | IllegalStateException | KafkaException e) {
            System.err.println("error: " + e.getMessage());
            System.exit(1);
        }
    }

    /** One line per dead letter, in columns, the reason last and whole. */
    static void print(List<DeadLetter> letters, PrintStream out) {
        List<String[]> rows = new ArrayList<>();
        rows.add(new String[] {"DLQ-TOPIC", "AT", "CE-ID", "CE-TYPE", "NETWORK", "DEAD-LETTERED", "REASON"});
        for (DeadLetter letter : letters) {
            rows.add(new String[] {letter.topic(), letter.position(), orDash(letter.eventId()), orDash(letter.eventType()),
                    orDash(letter.network()), letter.deadLetteredAt().toString(), orDash(letter.reason())});
        }
        int[] widths = new int[rows.getFirst().length - 1];
        rows.forEach(row -> {
            for (int column = 0; column < widths.length; column++) {
                widths[column] = Math.max(widths[column], row[column].length());
            }
        });
        for (String[] row : rows) {
            StringBuilder line = new StringBuilder();
            for (int column = 0; column < widths.length; column++) {
                line.append(row[column]).append(" ".repeat(widths[column] - row[column].length() + 2));
            }
            out.println(line.append(row[widths.length]));
        }
        out.printf("%d dead letter(s)%n", letters.size());
    }

    private static String orDash(String value) {
        return value == null || value.isBlank() ? "-" : value.replace('\n', ' ');
    }
}
