package org.crewtraining.program.programme;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.EnumMap;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Every (status, action) pair: the allowed ones and where they lead, everything else refused. */
class ProgramLifecycleTest {

  /** The whole table of allowed moves; any pair missing here must be refused. */
  private static final Map<ProgramStatus, Map<ProgramAction, ProgramStatus>> ALLOWED =
      new EnumMap<>(
          Map.of(
              ProgramStatus.DRAFT,
              Map.of(
                  ProgramAction.CHANGE_SCHEDULE, ProgramStatus.DRAFT,
                  ProgramAction.CHANGE_CAPACITY, ProgramStatus.DRAFT,
                  ProgramAction.PUBLISH, ProgramStatus.PUBLISHED,
                  ProgramAction.CANCEL, ProgramStatus.CANCELLED),
              ProgramStatus.PUBLISHED,
              Map.of(
                  ProgramAction.CHANGE_SCHEDULE, ProgramStatus.PUBLISHED,
                  ProgramAction.CHANGE_CAPACITY, ProgramStatus.PUBLISHED,
                  ProgramAction.CANCEL, ProgramStatus.CANCELLED,
                  ProgramAction.CLOSE, ProgramStatus.CLOSED),
              ProgramStatus.CLOSED,
              Map.of(),
              ProgramStatus.CANCELLED,
              Map.of()));

  @ParameterizedTest
  @EnumSource(ProgramStatus.class)
  void eachStatusAllowsExactlyTheTabledActions(ProgramStatus from) {
    for (ProgramAction action : ProgramAction.values()) {
      ProgramStatus expected = ALLOWED.get(from).get(action);
      if (expected != null) {
        assertThat(ProgramLifecycle.next(from, action))
            .as("%s %s", from, action)
            .isEqualTo(expected);
        assertThat(ProgramLifecycle.allows(from, action)).isTrue();
      } else {
        assertThatThrownBy(() -> ProgramLifecycle.next(from, action))
            .as("%s %s", from, action)
            .isInstanceOf(IllegalTransitionException.class)
            .hasMessageContaining(from.name())
            .satisfies(
                e ->
                    assertThat(((IllegalTransitionException) e).code())
                        .isEqualTo("illegal-transition"));
        assertThat(ProgramLifecycle.allows(from, action)).isFalse();
      }
    }
  }

  @ParameterizedTest
  @EnumSource(
      value = ProgramStatus.class,
      names = {"CLOSED", "CANCELLED"})
  void finalStatusesAllowNothing(ProgramStatus from) {
    for (ProgramAction action : ProgramAction.values()) {
      assertThat(ProgramLifecycle.allows(from, action)).as("%s %s", from, action).isFalse();
    }
  }
}
