package org.crewtraining.contracts;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class CloudEventHeadersTest {

  @Test
  void fastIsoTimeIsExactlyInstantToStringForMillisecondInstants() {
    SplittableRandom random = new SplittableRandom(20261126L);
    long from = Instant.parse("1000-01-01T00:00:00Z").toEpochMilli();
    long to = Instant.parse("9999-12-31T23:59:59.999Z").toEpochMilli();
    for (int i = 0; i < 200_000; i++) {
      Instant time = Instant.ofEpochMilli(random.nextLong(from, to));
      assertThat(CloudEventHeaders.isoTime(time)).isEqualTo(time.toString());
    }
  }

  @Test
  void edgeInstantsAndWholeSecondsMatchToo() {
    for (String text :
        new String[] {
          "1970-01-01T00:00:00Z",
          "2024-02-29T23:59:59.999Z",
          "2024-06-01T09:00:00.100Z",
          "2000-01-01T00:00:00.010Z",
          "1000-01-01T00:00:00Z",
          "9999-12-31T23:59:59.999Z",
          "0999-12-31T23:59:59Z",
          "+10000-01-01T00:00:00Z"
        }) {
      Instant time = Instant.parse(text).truncatedTo(ChronoUnit.MILLIS);
      assertThat(CloudEventHeaders.isoTime(time)).isEqualTo(time.toString());
    }
  }
}
