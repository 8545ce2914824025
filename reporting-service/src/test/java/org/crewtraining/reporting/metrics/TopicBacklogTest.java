package org.crewtraining.reporting.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.crewtraining.reporting.metrics.MetricsUpdate.Completion;
import org.crewtraining.reporting.metrics.MetricsUpdate.ProgramCompletion;
import org.junit.jupiter.api.Test;

/** Streamed updates in → the one CompletionMetricsUpdated the metrics topic gets out. */
class TopicBacklogTest {

  private final TopicBacklog backlog = new TopicBacklog();

  @Test
  void nothingStreamedSendsNothing() {
    assertThat(backlog.drain()).isNull();
  }

  @Test
  void severalStreamedUpdatesLeaveAsOneWithEveryChangedProgrammeAtItsNewestFigures() {
    backlog.add(streamed(1, 10, figures(3, 1), program("p1", 3, 1)));
    backlog.add(streamed(2, 20, figures(5, 1), program("p2", 2, 0)));
    backlog.add(streamed(3, 30, figures(5, 2), program("p1", 3, 2)));

    assertThat(backlog.drain())
        .isEqualTo(
            new MetricsUpdate(
                3,
                false,
                Instant.ofEpochSecond(30),
                figures(5, 2),
                List.of(program("p1", 3, 2), program("p2", 2, 0))));
    assertThat(backlog.drain()).as("the backlog is empty after a send").isNull();
  }

  @Test
  void aChangeOfTheOverallFiguresAloneIsSentOnceAndNotAgain() {
    backlog.add(streamed(1, 10, figures(3, 1), program("p1", 3, 1)));
    backlog.drain();

    // A programme was removed by a rebuild: no programme row changed, the overall figures did.
    backlog.add(streamed(2, 20, figures(2, 1)));
    assertThat(backlog.drain())
        .isEqualTo(
            new MetricsUpdate(2, false, Instant.ofEpochSecond(20), figures(2, 1), List.of()));

    backlog.add(streamed(3, 30, figures(2, 1)));
    assertThat(backlog.drain()).isNull();
  }

  private static MetricsUpdate streamed(
      long sequence, long asOfSecond, Completion overall, ProgramCompletion... changed) {
    return new MetricsUpdate(
        sequence, false, Instant.ofEpochSecond(asOfSecond), overall, List.of(changed));
  }

  private static ProgramCompletion program(String id, long enrolled, long completed) {
    return new ProgramCompletion(id, "Title " + id, figures(enrolled, completed));
  }

  private static Completion figures(long enrolled, long completed) {
    return new Completion(
        enrolled, completed, 0, enrolled == 0 ? 0 : (double) completed / enrolled);
  }
}
