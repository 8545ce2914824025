package org.crewtraining.enrollment.attendance;

import java.time.LocalDate;
import java.util.Set;
import org.crewtraining.enrollment.programme.ProgramSnapshotStatus;
import org.crewtraining.support.security.CrewRole;
import org.crewtraining.support.web.InvalidFieldException;

/**
 * The rules of an attendance entry and of who may correct one. Pure: {@code AttendanceRulesTest}
 * holds them as tables.
 */
public final class AttendanceRules {

  private AttendanceRules() {}

  /**
   * Late minutes are given for LATE only, are positive and shorter than the session (a participant
   * late for the whole session was absent). Left out or 0 for every other status.
   *
   * @param field the request field named in a refusal, e.g. {@code entries[2].lateMinutes}
   * @return the late minutes to store
   * @throws InvalidFieldException naming {@code field}
   */
  public static int lateMinutes(
      AttendanceStatus status, Integer lateMinutes, int contactMinutes, String field) {
    if (status != AttendanceStatus.LATE) {
      if (lateMinutes != null && lateMinutes != 0) {
        throw new InvalidFieldException(
            field, "is only given for LATE; leave it out for " + status);
      }
      return 0;
    }
    if (lateMinutes == null || lateMinutes <= 0) {
      throw new InvalidFieldException(field, "is required for LATE and must be at least 1");
    }
    if (lateMinutes >= contactMinutes) {
      throw new InvalidFieldException(
          field,
          "must be less than the session's "
              + contactMinutes
              + " contact minutes (late for all of it is ABSENT)");
    }
    return lateMinutes;
  }

  /**
   * Registrars correct attendance while the programme runs; once it is closed (outcomes are
   * evaluated) only a programme admin may. Programme admins may correct before the close too.
   */
  public static boolean mayCorrect(ProgramSnapshotStatus programme, Set<CrewRole> roles) {
    if (roles.contains(CrewRole.PROGRAM_ADMIN)) {
      return true;
    }
    return programme != ProgramSnapshotStatus.CLOSED && roles.contains(CrewRole.REGISTRAR);
  }

  /** An assessment date lies between the programme's start and today. */
  public static void checkAssessedOn(LocalDate assessedOn, LocalDate today, LocalDate start) {
    if (assessedOn.isAfter(today)) {
      throw new InvalidFieldException("assessedOn", "must not be in the future");
    }
    if (assessedOn.isBefore(start)) {
      throw new InvalidFieldException(
          "assessedOn", "must not be before the programme start " + start);
    }
  }
}
