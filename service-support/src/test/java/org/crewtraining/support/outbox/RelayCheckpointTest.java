package org.crewtraining.support.outbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.LongStream;
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
    assertThat(RelayCheckpoint.of(batch).offset()).isEqualTo(5_000_499);
  }
}
