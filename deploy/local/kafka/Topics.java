import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.AlterConfigOp;
import org.apache.kafka.clients.admin.ConfigEntry;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.config.ConfigResource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.ExecutionException;

/**
 * Gives the local broker the topics of deploy/k8s/base/topics.yaml with their configuration (retention above all),
 * so that the local run keeps events exactly as long as a cluster does. Topics missing are created with the broker's
 * partition count; topics the services already created on first use get the configuration altered. Run by
 * deploy/local/kafka/broker after start-up:
 * <pre>java -cp KAFKA_CLASSPATH Topics.java BOOTSTRAP TOPICS_YAML</pre>
 */
public class Topics {

    record Topic(String name, Map<String, String> config) {
    }

    public static void main(String[] args) throws IOException, InterruptedException, ExecutionException {
        if (args.length != 2) {
            System.err.println("usage: java -cp KAFKA_CLASSPATH Topics.java BOOTSTRAP_SERVERS TOPICS_YAML");
            System.exit(2);
        }
        List<Topic> declared = read(Path.of(args[1]));
        Properties properties = new Properties();
        properties.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, args[0]);
        try (Admin admin = Admin.create(properties)) {
            Set<String> existing = admin.listTopics().names().get();
            List<NewTopic> missing = new ArrayList<>();
            Map<ConfigResource, Collection<AlterConfigOp>> changes = new LinkedHashMap<>();
            for (Topic topic : declared) {
                if (existing.contains(topic.name())) {
                    changes.put(new ConfigResource(ConfigResource.Type.TOPIC, topic.name()), topic.config().entrySet()
                            .stream()
                            .map(entry -> new AlterConfigOp(new ConfigEntry(entry.getKey(), entry.getValue()),
                                    AlterConfigOp.OpType.SET))
                            .toList());
                } else {
                    missing.add(new NewTopic(topic.name(), Optional.empty(), Optional.empty()).configs(topic.config()));
                }
            }
            admin.createTopics(missing).all().get();
            admin.incrementalAlterConfigs(changes).all().get();
            System.out.printf("kafka: %d topics as in %s (%d created, %d configured)%n",
                    declared.size(), Path.of(args[1]).getFileName(), missing.size(), changes.size());
        }
    }

    /**
     * Reads the KafkaTopic resources: each one's spec.topicName and the keys under spec.config. The file is ours and
     * regular (see deploy/k8s/check), so its lines are read as they are rather than with a YAML library the broker's
     * classpath does not have.
     */
    static List<Topic> read(Path yaml) throws IOException {
        List<Topic> topics = new ArrayList<>();
        String name = null;
        Map<String, String> config = new LinkedHashMap<>();
        boolean inConfig = false;
        for (String line : Files.readAllLines(yaml)) {
            if (line.equals("---")) {
                add(topics, name, config);
                name = null;
                config = new LinkedHashMap<>();
                inConfig = false;
            } else if (line.startsWith("  topicName: ")) {
                name = line.substring("  topicName: ".length()).strip();
            } else if (line.equals("  config:")) {
                inConfig = true;
            } else if (inConfig && line.startsWith("    ") && line.contains(":")) {
                int colon = line.indexOf(':');
                config.put(line.substring(0, colon).strip(), line.substring(colon + 1).strip());
            } else if (!line.startsWith("    ")) {
                inConfig = false;
            }
        }
        add(topics, name, config);
        return topics;
    }

    private static void add(List<Topic> topics, String name, Map<String, String> config) {
        if (name != null) {
            topics.add(new Topic(name, Map.copyOf(config)));
        }
    }
}
