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

/** Events through the real broker into PostgreSQL: equal to the fold, exactly once, DLT. */
class ProjectionIntegrationTest extends IntegrationTestBase {

  @Autowired BatchApplier applier;
  @Autowired ProjectionStore store;
  @Autowired MeterRegistry meters;

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
  void redeliveredEventsChangeNothing() {
    String x = newPrefix();
    List<SpecificRecord> events = Scenarios.all(x);
    publish(events);
    ReportingState fold = ProjectionFold.fold(events);
    awaitProgramme(ReadModels.programs(fold).get(0));
    awaitProgramme(ReadModels.programs(fold).get(1));
    double duplicatesBefore = meters.counter("reporting.events.duplicates").count();

    // Same event ids again, directly and through the broker (as after a crash before the offset
    // commit): nothing is applied twice.
    assertThat(applier.apply(events).events()).isZero();
    publish(events);
    await()
        .atMost(Duration.ofSeconds(20))
        .until(
            () ->
                meters.counter("reporting.events.duplicates").count()
                    >= duplicatesBefore + 2 * events.size());

    assertThat(queries.program(p1(x))).contains(ReadModels.programs(fold).get(0));
    assertThat(queries.program(p2(x))).contains(ReadModels.programs(fold).get(1));
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
