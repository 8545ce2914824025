package org.crewtraining.enrollment.programme;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.crewtraining.contracts.CatalogueExhaustiveness;
import org.junit.jupiter.api.Test;

/**
 * A new event in the catalogue must break the build here until the programme view says what it does
 * with it (an event of another topic is listed among the ignored ones, never left to a default):
 * {@link ProgramEventApplier} picks its handler with one switch expression over {@code EventType}.
 * This test compiles the applier against the catalogue with one more event and expects the compiler
 * to refuse.
 */
class ProgramEventApplierCoversTheCatalogueTest {

  private static final Path APPLIER =
      Path.of("src/main/java/org/crewtraining/enrollment/programme/ProgramEventApplier.java");

  @Test
  void theApplierCompilesWithTodaysCatalogue() {
    assertThat(CatalogueExhaustiveness.errorsWithTodaysCatalogue(APPLIER)).isEmpty();
  }

  @Test
  void anEventWithoutACaseInTheApplierDoesNotCompile() {
    assertThat(CatalogueExhaustiveness.missingCasesWithAnAddedEvent(APPLIER))
        .containsEntry("ProgramEventApplier.java", 1);
  }
}
