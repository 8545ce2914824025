package org.crewtraining.reporting.dashboard;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.apache.avro.specific.SpecificRecord;
import org.crewtraining.events.programs.ProgramCreated;
import org.crewtraining.readmodels.CrewScenario;
import org.crewtraining.readmodels.ProgramSummary;
import org.crewtraining.readmodels.ProjectionFold;
import org.crewtraining.readmodels.ReadModels;

/**
 * {@link CrewScenario} (four programmes of this run's agency, 2022-2025, completions in each) with
 * titles and end dates of their own, so the trend has several months and the table something to
 * sort and search:
 *
 * <pre>
 * programme  title                      ends        completed
 * A          Camera crew basics         2022-03-15  1
 * B          Colour grading intensive   2023-03-20  1
 * C          Foley workshop             2024-06-30  1
 * D          Compositing short course   2024-08-10  1
 * </pre>
 */
public final class DashboardScenario {

  private static final Map<String, String> TITLES =
      Map.of(
          "A", "Camera crew basics",
          "B", "Colour grading intensive",
          "C", "Foley workshop",
          "D", "Compositing short course");
  private static final Map<String, LocalDate> ENDS =
      Map.of(
          "A", LocalDate.of(2022, 3, 15),
          "B", LocalDate.of(2023, 3, 20),
          "C", LocalDate.of(2024, 6, 30),
          "D", LocalDate.of(2024, 8, 10));

  private DashboardScenario() {}

  public static String program(String x, String letter) {
    return x + "-" + letter;
  }

  public static String title(String letter) {
    return TITLES.get(letter);
  }

  public static List<SpecificRecord> events(String x) {
    return CrewScenario.events(x).stream()
        .map(
            e -> {
              if (e instanceof ProgramCreated created) {
                String letter = created.getProgramId().substring(x.length() + 1);
                return (SpecificRecord)
                    ProgramCreated.newBuilder(created)
                        .setTitle(TITLES.get(letter))
                        .setStartDate(ENDS.get(letter).minusDays(20))
                        .setEndDate(ENDS.get(letter))
                        .build();
              }
              return e;
            })
        .toList();
  }

  /** The programmes as the fold of the same events has them. */
  public static List<ProgramSummary> folded(String x) {
    return ReadModels.programs(ProjectionFold.fold(events(x)));
  }
}
