package org.crewtraining.support.outbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.stream.LongStream;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.crewtraining.contracts.ControlTopic;
import org.junit.jupiter.api.Test;

class RelayCheckpointTest {

  @Test
  void idsSurviveTheRoundTripAsCompactRanges() {
    List<Long> ids = List.of(7L, 8L, 9L, 11L, 40L, 41L, 1_000_000_000L);
    String text = RelayCheckpoint.encode(ids);
    assertThat(text).isEqualTo("7-9,b,14-15,gjdgxs");
    assertThat(RelayCheckpoint.decode(text)).isEqualTo(ids);
  }

  @Test
  void aFullContiguousBatchIsShortAndNothingIsEmpty() {
    List<Long> batch = LongStream.rangeClosed(5_000_000, 5_000_499).boxed().toList();
    assertThat(RelayCheckpoint.encode(batch)).hasSizeLessThan(20);
    assertThat(RelayCheckpoint.decode(RelayCheckpoint.encode(batch))).isEqualTo(batch);
    assertThat(RelayCheckpoint.decode(null)).isEmpty();
  }

  @Test
  void theCheckpointRecordIsKeyedByTheRelayOnTheOnlyPartitionOfTheCheckpointTopic() {
    try (RelayCheckpoint checkpoint =
        new RelayCheckpoint(Map.of("bootstrap.servers", "localhost:1"), "svc-outbox-relay", 100)) {
      ProducerRecord<String, byte[]> record = checkpoint.recordOf(List.of(3L, 4L, 5L, 9L));

      assertThat(record.topic()).isEqualTo(ControlTopic.OUTBOX_CHECKPOINTS.topicName());
      assertThat(record.partition()).isZero();
      assertThat(record.key()).isEqualTo("svc-outbox-relay");
      assertThat(new String(record.value(), StandardCharsets.UTF_8)).isEqualTo("3-5,9");
    }
  }

  @Test
  void theTailIsReadFirstAndAShortLogWhole() {
    assertThat(CheckpointTail.tailStart(0, 10_000)).isEqualTo(10_000 - CheckpointTail.TAIL);
    assertThat(CheckpointTail.tailStart(0, 40)).isZero();
    assertThat(CheckpointTail.tailStart(9_500, 10_000)).isEqualTo(9_500);
  }
}
