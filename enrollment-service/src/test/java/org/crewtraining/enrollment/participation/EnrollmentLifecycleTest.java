package org.crewtraining.enrollment.participation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.crewtraining.enrollment.participation.EnrollmentLifecycle.Given;
import org.crewtraining.enrollment.programme.ProgramSnapshotStatus;
import org.crewtraining.support.web.StateConflictException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

/** Given an enrollment and its programme, when an action comes, then a status or a refusal. */
class EnrollmentLifecycleTest {

  @ParameterizedTest(name = "given {0}, outcome {1}, programme {2}; when {3} then {4}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          # given status | outcome | programme | when              | then
          CONFIRMED      | no      | PUBLISHED | WITHDRAW          | WITHDRAWN
          WAITLISTED     | no      | PUBLISHED | WITHDRAW          | WITHDRAWN
          CONFIRMED      | no      | CLOSED    | WITHDRAW          | program-closed
          WAITLISTED     | no      | CLOSED    | WITHDRAW          | program-closed
          WITHDRAWN      | no      | PUBLISHED | WITHDRAW          | enrollment-not-active
          CANCELLED      | no      | CANCELLED | WITHDRAW          | enrollment-not-active
          CONFIRMED      | yes     | PUBLISHED | WITHDRAW          | completion-recorded
          CONFIRMED      | no      | PUBLISHED | RECORD_PROGRESS   | CONFIRMED
          CONFIRMED      | no      | CLOSED    | RECORD_PROGRESS   | CONFIRMED
          WAITLISTED     | no      | PUBLISHED | RECORD_PROGRESS   | enrollment-not-confirmed
          WITHDRAWN      | no      | PUBLISHED | RECORD_PROGRESS   | enrollment-not-confirmed
          CONFIRMED      | yes     | CLOSED    | RECORD_PROGRESS   | completion-recorded
          CONFIRMED      | no      | PUBLISHED | RECORD_COMPLETION | CONFIRMED
          CONFIRMED      | no      | CLOSED    | RECORD_COMPLETION | CONFIRMED
          WAITLISTED     | no      | PUBLISHED | RECORD_COMPLETION | enrollment-not-confirmed
          CANCELLED      | yes     | CANCELLED | RECORD_COMPLETION | enrollment-not-confirmed
          CONFIRMED      | yes     | CLOSED    | RECORD_COMPLETION | completion-already-recorded
          CONFIRMED      | no      | PUBLISHED | RECORD_ATTENDANCE | CONFIRMED
          WAITLISTED     | no      | PUBLISHED | RECORD_ATTENDANCE | enrollment-not-confirmed
          WITHDRAWN      | no      | PUBLISHED | RECORD_ATTENDANCE | enrollment-not-confirmed
          CONFIRMED      | yes     | PUBLISHED | RECORD_ATTENDANCE | completion-recorded
          CONFIRMED      | no      | CLOSED    | CORRECT_ATTENDANCE | CONFIRMED
          CONFIRMED      | yes     | CLOSED    | CORRECT_ATTENDANCE | CONFIRMED
          WITHDRAWN      | no      | PUBLISHED | CORRECT_ATTENDANCE | enrollment-not-confirmed
          CONFIRMED      | no      | PUBLISHED | RECORD_ASSESSMENT | CONFIRMED
          WAITLISTED     | no      | PUBLISHED | RECORD_ASSESSMENT | enrollment-not-confirmed
          CONFIRMED      | yes     | CLOSED    | RECORD_ASSESSMENT | completion-recorded
          CONFIRMED      | no      | CLOSED    | OVERRIDE_COMPLETION | CONFIRMED
          CONFIRMED      | yes     | CLOSED    | OVERRIDE_COMPLETION | CONFIRMED
          WAITLISTED     | no      | PUBLISHED | OVERRIDE_COMPLETION | enrollment-not-confirmed
          CANCELLED      | yes     | CANCELLED | OVERRIDE_COMPLETION | enrollment-not-confirmed
          WAITLISTED     | no      | PUBLISHED | PROMOTE           | CONFIRMED
          WAITLISTED     | no      | CLOSED    | PROMOTE           | program-not-open
          WAITLISTED     | no      | CANCELLED | PROMOTE           | program-not-open
          CONFIRMED      | no      | PUBLISHED | PROMOTE           | enrollment-not-waitlisted
          WITHDRAWN      | no      | PUBLISHED | PROMOTE           | enrollment-not-waitlisted
          CONFIRMED      | no      | CANCELLED | CANCEL            | CANCELLED
          WAITLISTED     | no      | CANCELLED | CANCEL            | CANCELLED
          CONFIRMED      | yes     | CANCELLED | CANCEL            | CANCELLED
          WITHDRAWN      | no      | CANCELLED | CANCEL            | enrollment-not-active
          CANCELLED      | no      | CANCELLED | CANCEL            | enrollment-not-active
          """)
  void givenWhenThen(
      EnrollmentStatus status,
      String outcome,
      ProgramSnapshotStatus programme,
      EnrollmentAction action,
      String then) {
    Given given = new Given(status, outcome.equals("yes"), programme);
    if (isStatus(then)) {
      assertThat(EnrollmentLifecycle.next(given, action)).isEqualTo(EnrollmentStatus.valueOf(then));
      assertThat(EnrollmentLifecycle.allows(given, action)).isTrue();
    } else {
      assertThatThrownBy(() -> EnrollmentLifecycle.next(given, action))
          .isInstanceOfSatisfying(
              StateConflictException.class, e -> assertThat(e.code()).isEqualTo(then));
      assertThat(EnrollmentLifecycle.allows(given, action)).isFalse();
    }
  }

  /** Where each action leads whenever it is allowed; nothing else is ever answered. */
  private static final Map<EnrollmentAction, EnrollmentStatus> LEADS_TO =
      Map.of(
          EnrollmentAction.WITHDRAW, EnrollmentStatus.WITHDRAWN,
          EnrollmentAction.RECORD_PROGRESS, EnrollmentStatus.CONFIRMED,
          EnrollmentAction.RECORD_COMPLETION, EnrollmentStatus.CONFIRMED,
          EnrollmentAction.OVERRIDE_COMPLETION, EnrollmentStatus.CONFIRMED,
          EnrollmentAction.RECORD_ATTENDANCE, EnrollmentStatus.CONFIRMED,
          EnrollmentAction.CORRECT_ATTENDANCE, EnrollmentStatus.CONFIRMED,
          EnrollmentAction.RECORD_ASSESSMENT, EnrollmentStatus.CONFIRMED,
          EnrollmentAction.PROMOTE, EnrollmentStatus.CONFIRMED,
          EnrollmentAction.CANCEL, EnrollmentStatus.CANCELLED);

  @Test
  void everyCombinationLeadsWhereItsActionLeadsOrIsRefusedWithACode() {
    for (EnrollmentStatus status : EnrollmentStatus.values()) {
      for (boolean outcome : new boolean[] {false, true}) {
        for (ProgramSnapshotStatus programme : ProgramSnapshotStatus.values()) {
          for (EnrollmentAction action : EnrollmentAction.values()) {
            Given given = new Given(status, outcome, programme);
            if (EnrollmentLifecycle.allows(given, action)) {
              assertThat(EnrollmentLifecycle.next(given, action))
                  .as("%s %s", given, action)
                  .isEqualTo(LEADS_TO.get(action));
            } else {
              assertThatThrownBy(() -> EnrollmentLifecycle.next(given, action))
                  .as("%s %s", given, action)
                  .isInstanceOfSatisfying(
                      StateConflictException.class, e -> assertThat(e.code()).isNotBlank());
            }
          }
        }
      }
    }
  }

  @ParameterizedTest
  @EnumSource(
      value = EnrollmentStatus.class,
      names = {"WITHDRAWN", "CANCELLED"})
  void finalStatusesAllowNothing(EnrollmentStatus status) {
    for (ProgramSnapshotStatus programme : ProgramSnapshotStatus.values()) {
      for (EnrollmentAction action : EnrollmentAction.values()) {
        Given given = new Given(status, false, programme);
        assertThat(EnrollmentLifecycle.allows(given, action)).as("%s", given).isFalse();
      }
    }
  }

  /** What still applies to a recorded outcome: an override, an attendance correction, a cancel. */
  private static final java.util.Set<EnrollmentAction> AFTER_OUTCOME =
      java.util.EnumSet.of(
          EnrollmentAction.CANCEL,
          EnrollmentAction.OVERRIDE_COMPLETION,
          EnrollmentAction.CORRECT_ATTENDANCE);

  @Test
  void aRecordedOutcomeIsFinalExceptForAnOverrideACorrectionOrTheProgrammesCancel() {
    for (ProgramSnapshotStatus programme : ProgramSnapshotStatus.values()) {
      Given completed = new Given(EnrollmentStatus.CONFIRMED, true, programme);
      for (EnrollmentAction action : EnrollmentAction.values()) {
        assertThat(EnrollmentLifecycle.allows(completed, action))
            .as("%s %s", completed, action)
            .isEqualTo(AFTER_OUTCOME.contains(action));
      }
    }
  }

  @Test
  void onlyAPublishedProgrammeTakesEnrolments() {
    for (ProgramSnapshotStatus programme : ProgramSnapshotStatus.values()) {
      if (programme == ProgramSnapshotStatus.PUBLISHED) {
        EnrollmentLifecycle.checkEnrol("prg-1", programme);
      } else {
        assertThatThrownBy(() -> EnrollmentLifecycle.checkEnrol("prg-1", programme))
            .isInstanceOfSatisfying(
                StateConflictException.class,
                e -> assertThat(e.code()).isEqualTo("program-not-open"));
      }
    }
  }

  private static boolean isStatus(String then) {
    return then.chars().allMatch(c -> Character.isUpperCase(c) || c == '_');
  }
}
