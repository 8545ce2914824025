package org.crewtraining.enrollment.participation;

import static org.crewtraining.enrollment.participation.EnrollmentStatus.CANCELLED;
import static org.crewtraining.enrollment.participation.EnrollmentStatus.CONFIRMED;
import static org.crewtraining.enrollment.participation.EnrollmentStatus.WAITLISTED;
import static org.crewtraining.enrollment.participation.EnrollmentStatus.WITHDRAWN;

import java.util.Locale;
import org.crewtraining.enrollment.programme.ProgramSnapshotStatus;
import org.crewtraining.support.web.StateConflictException;

/**
 * Which status an enrollment may go to by which action: a new one is CONFIRMED or WAITLISTED (where
 * is {@link SeatAllocation}'s rule), PROMOTE moves WAITLISTED → CONFIRMED, WITHDRAW and CANCEL end
 * an active one, progress, attendance, assessment and completion are recorded on CONFIRMED ones
 * until the outcome is in; afterwards only an override or an attendance correction still applies.
 * Pure: no I/O, so every case is covered by a unit test; a refusal is a 409 with a stable code.
 */
public final class EnrollmentLifecycle {

  private EnrollmentLifecycle() {}

  /**
   * What the rules look at.
   *
   * @param status the enrollment's status
   * @param completionRecorded whether its outcome is recorded (final: nothing changes it)
   * @param programme the status of its programme
   */
  public record Given(
      EnrollmentStatus status, boolean completionRecorded, ProgramSnapshotStatus programme) {

    static Given of(Enrollment enrollment, ProgramSnapshotStatus programme) {
      return new Given(enrollment.status(), enrollment.completionRecorded(), programme);
    }
  }

  /** Only an open (published) programme takes enrolments and moves its waitlist. */
  public static boolean takesEnrolments(ProgramSnapshotStatus programme) {
    return programme == ProgramSnapshotStatus.PUBLISHED;
  }

  /**
   * @throws StateConflictException {@code program-not-open} unless the programme takes enrolments
   */
  public static void checkEnrol(String programId, ProgramSnapshotStatus programme) {
    if (!takesEnrolments(programme)) {
      throw new StateConflictException(
          "program-not-open", "Programme " + programId + " is " + programme);
    }
  }

  /**
   * @return the status after {@code action} (unchanged for progress and completion)
   * @throws StateConflictException when {@code action} is not allowed; the code says why
   */
  public static EnrollmentStatus next(Given given, EnrollmentAction action) {
    EnrollmentStatus status = given.status();
    return switch (action) {
      case WITHDRAW -> {
        if (given.programme() == ProgramSnapshotStatus.CLOSED) {
          throw refused("program-closed", "The programme is closed; the enrollment is final");
        }
        requireActive(status, action);
        requireNoOutcome(given, "completion-recorded", "Completion is recorded");
        yield WITHDRAWN;
      }
      case RECORD_PROGRESS -> {
        requireConfirmed(status);
        requireNoOutcome(given, "completion-recorded", "Completion is recorded");
        yield CONFIRMED;
      }
      case RECORD_COMPLETION -> {
        requireConfirmed(status);
        requireNoOutcome(given, "completion-already-recorded", "A completion is already recorded");
        yield CONFIRMED;
      }
      case RECORD_ATTENDANCE, RECORD_ASSESSMENT -> {
        requireConfirmed(status);
        requireNoOutcome(given, "completion-recorded", "Completion is recorded");
        yield CONFIRMED;
      }
      case OVERRIDE_COMPLETION, CORRECT_ATTENDANCE -> {
        requireConfirmed(status);
        yield CONFIRMED;
      }
      case PROMOTE -> {
        if (!takesEnrolments(given.programme())) {
          throw refused("program-not-open", "The programme is " + given.programme());
        }
        if (status != WAITLISTED) {
          throw refused("enrollment-not-waitlisted", "Only waitlisted enrollments are promoted");
        }
        yield CONFIRMED;
      }
      case CANCEL -> {
        requireActive(status, action);
        yield CANCELLED;
      }
    };
  }

  public static boolean allows(Given given, EnrollmentAction action) {
    try {
      next(given, action);
      return true;
    } catch (StateConflictException e) {
      return false;
    }
  }

  private static void requireActive(EnrollmentStatus status, EnrollmentAction action) {
    if (!status.isActive()) {
      throw refused(
          "enrollment-not-active",
          "Cannot "
              + action.name().toLowerCase(Locale.ROOT).replace('_', ' ')
              + " an enrollment that is "
              + status);
    }
  }

  private static void requireConfirmed(EnrollmentStatus status) {
    if (status != CONFIRMED) {
      throw refused(
          "enrollment-not-confirmed",
          "Only confirmed enrollments record progress, attendance and completion; this one is "
              + status);
    }
  }

  private static void requireNoOutcome(Given given, String code, String message) {
    if (given.completionRecorded()) {
      throw refused(code, message + "; the enrollment can no longer change");
    }
  }

  private static StateConflictException refused(String code, String message) {
    return new StateConflictException(code, message);
  }
}
