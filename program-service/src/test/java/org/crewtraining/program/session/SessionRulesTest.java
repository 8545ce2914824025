package org.crewtraining.program.session;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.crewtraining.program.programme.ProgramStatus.DRAFT;
import static org.crewtraining.program.programme.ProgramStatus.PUBLISHED;

import java.util.Map;
import java.util.Set;
import org.crewtraining.program.programme.ProgramStatus;
import org.crewtraining.support.web.StateConflictException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Every (programme status, change) and (session status, change) pair against the table. */
class SessionRulesTest {

  /** The programme states each change is allowed in; any other pair must be refused. */
  private static final Map<SessionChange, Set<ProgramStatus>> ALLOWED_IN =
      Map.of(
          SessionChange.ADD, Set.of(DRAFT, PUBLISHED),
          SessionChange.RESCHEDULE, Set.of(DRAFT, PUBLISHED),
          SessionChange.CANCEL, Set.of(DRAFT, PUBLISHED),
          SessionChange.SET_COMPLETION_RULE, Set.of(DRAFT));

  /** The code a refusal carries, per change. */
  private static final Map<SessionChange, String> REFUSED_AS =
      Map.of(
          SessionChange.ADD, "illegal-transition",
          SessionChange.RESCHEDULE, "illegal-transition",
          SessionChange.CANCEL, "illegal-transition",
          SessionChange.SET_COMPLETION_RULE, "completion-rule-frozen");

  /** The session states each change is allowed on (ADD and the rule concern no session). */
  private static final Map<SessionChange, Set<SessionStatus>> ALLOWED_ON =
      Map.of(
          SessionChange.ADD, Set.of(SessionStatus.values()),
          SessionChange.RESCHEDULE, Set.of(SessionStatus.ACTIVE),
          SessionChange.CANCEL, Set.of(SessionStatus.ACTIVE),
          SessionChange.SET_COMPLETION_RULE, Set.of(SessionStatus.values()));

  @ParameterizedTest
  @EnumSource(ProgramStatus.class)
  void eachProgrammeStatusAllowsExactlyTheTabledChanges(ProgramStatus status) {
    for (SessionChange change : SessionChange.values()) {
      boolean allowed = ALLOWED_IN.get(change).contains(status);
      assertThat(SessionRules.allows(status, change))
          .as("%s %s", status, change)
          .isEqualTo(allowed);
      if (allowed) {
        assertThatCode(() -> SessionRules.check(status, change)).doesNotThrowAnyException();
      } else {
        assertThatThrownBy(() -> SessionRules.check(status, change))
            .as("%s %s", status, change)
            .isInstanceOf(StateConflictException.class)
            .hasMessageContaining(status.name())
            .satisfies(
                e ->
                    assertThat(((StateConflictException) e).code())
                        .isEqualTo(REFUSED_AS.get(change)));
      }
    }
  }

  @ParameterizedTest
  @EnumSource(SessionStatus.class)
  void eachSessionStatusAllowsExactlyTheTabledChanges(SessionStatus status) {
    for (SessionChange change : SessionChange.values()) {
      boolean allowed = ALLOWED_ON.get(change).contains(status);
      assertThat(SessionRules.allows(status, change))
          .as("%s %s", status, change)
          .isEqualTo(allowed);
      if (allowed) {
        assertThatCode(() -> SessionRules.check("ses-1", status, change))
            .doesNotThrowAnyException();
      } else {
        assertThatThrownBy(() -> SessionRules.check("ses-1", status, change))
            .isInstanceOf(StateConflictException.class)
            .hasMessageContaining("ses-1")
            .satisfies(
                e ->
                    assertThat(((StateConflictException) e).code()).isEqualTo("session-cancelled"));
      }
    }
  }

  @ParameterizedTest
  @EnumSource(
      value = ProgramStatus.class,
      names = {"CLOSED", "CANCELLED"})
  void finalProgrammesAllowNoSessionChange(ProgramStatus status) {
    for (SessionChange change : SessionChange.values()) {
      assertThat(SessionRules.allows(status, change)).as("%s %s", status, change).isFalse();
    }
  }
}
