package org.crewtraining.hostile;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.crewtraining.contracts.EventCodec;
import org.crewtraining.contracts.EventJson;
import org.crewtraining.contracts.Topic;

/**
 * Every record of every topic (events, metrics, dead letters), each seen as many ways as a reader
 * could: raw bytes as UTF-8 and as UTF-16 (both byte orders, both alignments), headers, and the
 * decoded event as JSON. A text is on the bus if any of those views contains it.
 */
final class BusScan {

  record Leak(String needle, String topic, long offset) {}

  private final List<String> views = new ArrayList<>();
  private final List<String> origins = new ArrayList<>();
  private int records;

  static BusScan of(String bootstrapServers) {
    BusScan scan = new BusScan();
    for (Topic topic : Topic.values()) {
      scan.read(bootstrapServers, topic.topicName());
      scan.read(bootstrapServers, topic.deadLetterTopicName());
    }
    return scan;
  }

  int records() {
    return records;
  }

  List<Leak> find(Collection<String> needles) {
    List<Leak> leaks = new ArrayList<>();
    for (String needle : needles) {
      for (int i = 0; i < views.size(); i++) {
        if (views.get(i).contains(needle)) {
          String[] origin = origins.get(i).split("@");
          leaks.add(new Leak(needle, origin[0], Long.parseLong(origin[1])));
        }
      }
    }
    return leaks;
  }

  /** Whether any view of {@code payload} (one record value, e.g. an outbox row) has a needle. */
  static List<String> found(byte[] payload, Collection<String> needles) {
    String views = String.join("\n", views(payload));
    return needles.stream().filter(views::contains).toList();
  }

  private void read(String bootstrapServers, String topic) {
    try (KafkaConsumer<byte[], byte[]> consumer =
        new KafkaConsumer<>(
            Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG,
                bootstrapServers,
                ConsumerConfig.ISOLATION_LEVEL_CONFIG,
                "read_uncommitted"),
            new ByteArrayDeserializer(),
            new ByteArrayDeserializer())) {
      List<TopicPartition> partitions =
          consumer.partitionsFor(topic).stream()
              .map(p -> new TopicPartition(topic, p.partition()))
              .toList();
      consumer.assign(partitions);
      consumer.seekToBeginning(partitions);
      Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
      while (partitions.stream().anyMatch(p -> consumer.position(p) < end.get(p))) {
        for (ConsumerRecord<byte[], byte[]> record : consumer.poll(Duration.ofMillis(200))) {
          add(record);
        }
      }
    }
  }

  private void add(ConsumerRecord<byte[], byte[]> record) {
    records++;
    List<String> texts = new ArrayList<>();
    if (record.value() != null) {
      texts.addAll(views(record.value()));
    }
    if (record.key() != null) {
      texts.addAll(views(record.key()));
    }
    for (Header header : record.headers()) {
      texts.add(header.key());
      if (header.value() != null) {
        texts.addAll(views(header.value()));
      }
    }
    views.add(String.join("\n", texts));
    origins.add(record.topic() + "@" + record.offset());
  }

  private static List<String> views(byte[] bytes) {
    List<String> texts = new ArrayList<>();
    texts.add(new String(bytes, StandardCharsets.UTF_8));
    for (Charset utf16 : List.of(StandardCharsets.UTF_16BE, StandardCharsets.UTF_16LE)) {
      texts.add(new String(bytes, utf16));
      if (bytes.length > 1) {
        texts.add(new String(bytes, 1, bytes.length - 1, utf16));
      }
    }
    try {
      texts.add(EventJson.toJson(EventCodec.standard().decode(bytes)));
    } catch (RuntimeException notAnEvent) {
      // Keys, headers and poison pills are not events; their raw views are enough.
    }
    return texts;
  }
}
