package org.crewtraining.readmodels;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.crewtraining.contracts.CatalogueExhaustiveness;
import org.junit.jupiter.api.Test;

/**
 * A new event in the catalogue must break the build here until the fold says what it does to the
 * read model: {@link ProjectionFold#apply} is one switch expression over {@code EventType} with no
 * default. This test compiles the fold against the catalogue with one more event and expects the
 * compiler to refuse; it fails if the switch gains a default or turns back into instanceof checks.
 */
class ProjectionFoldCoversTheCatalogueTest {

  private static final Path FOLD =
      Path.of("src/main/java/org/crewtraining/readmodels/ProjectionFold.java");

  @Test
  void theFoldCompilesWithTodaysCatalogue() {
    assertThat(CatalogueExhaustiveness.errorsWithTodaysCatalogue(FOLD)).isEmpty();
  }

  @Test
  void anEventWithoutACaseInTheFoldDoesNotCompile() {
    assertThat(CatalogueExhaustiveness.missingCasesWithAnAddedEvent(FOLD))
        .containsEntry("ProjectionFold.java", 1);
  }
}
