package org.crewtraining.readmodels;

import java.util.List;

/**
 * Attendance over every programme: the sums of each programme's {@link ProgramAttendance} figures
 * (entries at active sessions), the rate derived from the sums.
 *
 * @param attendanceRate attended / recorded over all programmes; 0 with no entry
 * @param programs each programme's figures without its session rows, by programme id
 */
public record AttendanceOverview(
    long recorded, long attended, double attendanceRate, List<Programme> programs) {

  /** One programme's line of {@link ProgramAttendance}. */
  public record Programme(
      String programId,
      int activeSessions,
      int plannedMinutes,
      long recorded,
      long attended,
      double attendanceRate) {}

  /** The overview of these programmes' attendance, in the order given. */
  public static AttendanceOverview of(List<ProgramAttendance> programmes) {
    long recorded = 0;
    long attended = 0;
    for (ProgramAttendance p : programmes) {
      recorded += p.recorded();
      attended += p.attended();
    }
    return new AttendanceOverview(
        recorded,
        attended,
        Figures.ratio(attended, recorded),
        programmes.stream()
            .map(
                p ->
                    new Programme(
                        p.programId(),
                        p.activeSessions(),
                        p.plannedMinutes(),
                        p.recorded(),
                        p.attended(),
                        p.attendanceRate()))
            .toList());
  }
}
