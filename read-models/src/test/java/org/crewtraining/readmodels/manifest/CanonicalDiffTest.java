package org.crewtraining.readmodels.manifest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.crewtraining.readmodels.manifest.CanonicalDiff.Difference;
import org.junit.jupiter.api.Test;

class CanonicalDiffTest {

  @Test
  void aChangedFigureIsNamedByItsRowWhateverTheRowOrder() {
    Map<String, Object> expected =
        Map.of("programs", List.of(program("prg-1", 3), program("prg-2", 5)), "events", 9);
    Map<String, Object> actual =
        Map.of("programs", List.of(program("prg-2", 5), program("prg-1", 4)), "events", 9);

    assertThat(CanonicalDiff.of(expected, actual))
        .containsExactly(new Difference("programs[programId=prg-1].figures.completed", "3", "4"));
  }

  @Test
  void missingRowsAndMembersAreAbsentAndListsWithoutARowKeyGoByPosition() {
    Map<String, Object> expected =
        Map.of("programs", List.of(program("prg-1", 3)), "tags", List.of("a", "b"));
    Map<String, Object> actual = new LinkedHashMap<>();
    actual.put("programs", new ArrayList<>());
    actual.put("tags", List.of("a", "c"));
    actual.put("extra", 1.5);

    assertThat(CanonicalDiff.of(expected, actual))
        .containsExactly(
            new Difference("extra", "absent", "1.5"),
            new Difference(
                "programs[programId=prg-1]",
                "{\"figures\":{\"completed\":3},\"programId\":\"prg-1\"}",
                "absent"),
            new Difference("tags[1]", "\"b\"", "\"c\""));
  }

  @Test
  void equalReportsInAnyRenderingHaveNoDifference() {
    assertThat(CanonicalDiff.of(Map.of("rate", 0.5, "n", 2L), Map.of("rate", 0.50, "n", 2)))
        .isEmpty();
  }

  private static Map<String, Object> program(String id, int completed) {
    return Map.of("programId", id, "figures", Map.of("completed", completed));
  }
}
