package org.crewtraining.reporting.projection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.crewtraining.readmodels.Scenarios.p1;
import static org.crewtraining.readmodels.Scenarios.p2;

import io.micrometer.core.instrument.MeterRegistry;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.crewtraining.contracts.EventCodec;
import org.crewtraining.contracts.Topic;
import org.crewtraining.events.common.CraftTrack;
import org.crewtraining.events.programs.ProgramFormat;
import org.crewtraining.readmodels.ProgramSummary;
import org.crewtraining.readmodels.ProjectionFold;
import org.crewtraining.readmodels.ReadModels;
import org.crewtraining.readmodels.ReportedProgramStatus;
import org.crewtraining.readmodels.ReportingState;
import org.crewtraining.readmodels.Scenarios;
import org.crewtraining.readmodels.TestEvents;
import org.crewtraining.reporting.IntegrationTestBase;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** Events through the real broker into PostgreSQL: equal to the fold, exactly once, DLT. */
class ProjectionIntegrationTest extends IntegrationTestBase {

  @Autowired BatchApplier applier;
  @Autowired ProjectionStore store;
  @Autowired MeterRegistry meters;
  @Autowired EventCodec codec;
  @Autowired JdbcTemplate jdbc;

  @Test
  void enrollmentEventsBeforeTheirProgrammeStillGiveTheFold() {
    String x = newPrefix();
    List<SpecificRecord> events = new ArrayList<>(Scenarios.enrollmentEvents(x));
    events.addAll(Scenarios.programmeEvents(x));
    publish(events);

    ReportingState fold = ProjectionFold.fold(Scenarios.all(x));
    List<ProgramSummary> expected = ReadModels.programs(fold);
    awaitProgramme(expected.get(0));
    awaitProgramme(expected.get(1));
    String a = Scenarios.participantA(x);
    assertThat(queries.transcript(a)).isEqualTo(ReadModels.transcript(fold, a));
  }

  @Test
  void aRedeliveredBatchAppliesNothingTwice() {
    String x = newPrefix();
    List<SpecificRecord> events = Scenarios.all(x);
    publish(events);
    ReportingState fold = ProjectionFold.fold(events);
    awaitProgramme(ReadModels.programs(fold).get(0));
    awaitProgramme(ReadModels.programs(fold).get(1));
    await().atMost(Duration.ofSeconds(20)).until(() -> audited(x) == events.size());
    double duplicatesBefore = meters.counter("reporting.events.duplicates").count();
    long appliedBefore = eventsApplied();

    // The same records again, at the offsets they have on the log (as a consumer that lost its
    // offset commit, or a zombie after a rebalance, would see them): nothing is applied twice.
    List<PolledRecord> again =
        jdbc.query(
            "SELECT topic, kafka_partition, kafka_offset, record_key, raw FROM audit_event"
                + " WHERE program_id LIKE ? ORDER BY topic, kafka_partition, kafka_offset",
            (rs, n) ->
                new PolledRecord(
                    rs.getString(1),
                    rs.getInt(2),
                    rs.getLong(3),
                    rs.getString(4),
                    rs.getBytes(5),
                    codec.decodeStrictlyOn(rs.getString(1), rs.getBytes(5))),
            x + "-%");
    assertThat(again).hasSize(events.size());
    assertThat(applier.apply(again).events()).isZero();

    assertThat(meters.counter("reporting.events.duplicates").count())
        .isEqualTo(duplicatesBefore + events.size());
    assertThat(eventsApplied()).isEqualTo(appliedBefore);
    assertThat(audited(x)).isEqualTo(events.size());
    assertThat(queries.program(p1(x))).contains(ReadModels.programs(fold).get(0));
    assertThat(queries.program(p2(x))).contains(ReadModels.programs(fold).get(1));
  }

  private long audited(String prefix) {
    return jdbc.queryForObject(
        "SELECT count(*) FROM audit_event WHERE program_id LIKE ?", Long.class, prefix + "-%");
  }

  private long eventsApplied() {
    return jdbc.queryForObject("SELECT events_applied FROM projection_status", Long.class);
  }

  @Test
  void anUndecodableRecordGoesToTheDltAndTheRestOfItsBatchIsApplied() throws Exception {
    String x = newPrefix();
    var created =
        TestEvents.created(
            x,
            "Sound for series",
            List.of("KOFIC"),
            ProgramFormat.SEMINAR,
            CraftTrack.SOUND,
            2024,
            12);
    byte[] garbage = "{\"not\":\"avro\"}".getBytes(StandardCharsets.UTF_8);
    String topic = Topic.PROGRAM_EVENTS.topicName();
    try (KafkaProducer<String, byte[]> producer =
        new KafkaProducer<>(
            Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, broker.getBrokersAsString()),
            new StringSerializer(),
            new ByteArraySerializer())) {
      producer.send(new ProducerRecord<>(topic, x, EventCodec.standard().encode(created))).get();
      producer.send(new ProducerRecord<>(topic, x, garbage)).get();
      producer
          .send(
              new ProducerRecord<>(topic, x, EventCodec.standard().encode(TestEvents.published(x))))
          .get();
    }

    await()
        .atMost(Duration.ofSeconds(20))
        .until(
            () ->
                queries
                    .program(x)
                    .filter(p -> p.status() == ReportedProgramStatus.PUBLISHED)
                    .isPresent());
    assertThat(deadLetters(Topic.PROGRAM_EVENTS.deadLetterTopicName(), x))
        .extracting(ConsumerRecord::value)
        .containsExactly(garbage);
  }

  @Test
  void lastAppliedEventTimeIsKept() {
    String x = newPrefix();
    List<SpecificRecord> events = Scenarios.programmeEvents(x);
    publish(events);
    ReportingState fold = ProjectionFold.fold(events);
    awaitProgramme(ReadModels.programs(fold).get(0));
    assertThat(store.lastEventAt()).isNotNull();
  }

  private List<ConsumerRecord<String, byte[]>> deadLetters(String topic, String key) {
    List<ConsumerRecord<String, byte[]>> found = new ArrayList<>();
    try (KafkaConsumer<String, byte[]> consumer =
        new KafkaConsumer<>(
            Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG,
                broker.getBrokersAsString(),
                ConsumerConfig.GROUP_ID_CONFIG,
                "dlt-" + key,
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG,
                "earliest"),
            new org.apache.kafka.common.serialization.StringDeserializer(),
            new ByteArrayDeserializer())) {
      consumer.subscribe(List.of(topic));
      await()
          .atMost(Duration.ofSeconds(20))
          .until(
              () -> {
                consumer
                    .poll(Duration.ofMillis(200))
                    .forEach(
                        r -> {
                          if (key.equals(r.key())) {
                            found.add(r);
                          }
                        });
                return !found.isEmpty();
              });
    }
    return found;
  }
}
