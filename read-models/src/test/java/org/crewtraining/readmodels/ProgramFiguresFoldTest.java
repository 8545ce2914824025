package org.crewtraining.readmodels;

import static org.assertj.core.api.Assertions.assertThat;
import static org.crewtraining.readmodels.Scenarios.p1;
import static org.crewtraining.readmodels.Scenarios.p2;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.avro.specific.SpecificRecord;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Events in, in batches of any size: programme totals kept by adding each batch's changes are the
 * totals of the whole fold, and make the programmes' read-model figures.
 */
class ProgramFiguresFoldTest {

  private static final String X = "totals";

  @ParameterizedTest(name = "batches of {0}")
  @ValueSource(ints = {1, 2, 3, 7, 1_000})
  void totalsKeptPerBatchAreTheTotalsOfTheFold(int batchSize) {
    List<SpecificRecord> events = Scenarios.all(X);
    Map<String, ProgramState> programs = new HashMap<>();
    Map<String, EnrollmentState> enrollments = new HashMap<>();
    Map<String, ApplicationState> applications = new HashMap<>();
    Map<String, FigureTotals> kept = new TreeMap<>();
    for (int from = 0; from < events.size(); from += batchSize) {
      Map<String, EnrollmentState> before = new HashMap<>(enrollments);
      for (SpecificRecord event : events.subList(from, Math.min(from + batchSize, events.size()))) {
        ProjectionFold.apply(programs, enrollments, applications, event);
        programs.keySet().forEach(id -> kept.putIfAbsent(id, FigureTotals.ZERO));
      }
      ProgramFigures.changes(before, enrollments.values())
          .forEach((id, change) -> kept.merge(id, change, FigureTotals::plus));
    }

    ReportingState state = ProjectionFold.fold(events);
    assertThat(kept).isEqualTo(ProgramFigures.of(state));
    assertThat(kept)
        .containsEntry(
            p1(X), new FigureTotals(3, 0, 0, 2, 0, 1, 1, 1, new BigDecimal("56"), 0, 0, 2, 0, 0))
        .containsEntry(
            p2(X), new FigureTotals(1, 0, 0, 0, 2, 0, 0, 0, BigDecimal.ZERO, 0, 0, 0, 0, 0));
    assertThat(kept.get(p1(X)).figures()).isEqualTo(ProjectionFoldTest.expectedP1().figures());
    assertThat(kept.get(p2(X)).figures()).isEqualTo(ProjectionFoldTest.expectedP2().figures());
  }
}
