package org.crewtraining.enrollment.programme;

import java.sql.Timestamp;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.crewtraining.events.common.CraftTrack;
import org.crewtraining.events.programs.ApplicationQuestion;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The admission of each programme that selects by application, kept from ProgramPublished v3. The
 * writer (the program-event applier) holds the programme's row lock.
 */
@Repository
public class ProgramAdmissionRepository {

  private final JdbcClient jdbc;

  ProgramAdmissionRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** The programme's admission; empty for a programme that takes first-come enrolments. */
  public Optional<ProgramAdmission> find(String programId) {
    List<ProgramAdmission.SeatQuota> quotas =
        jdbc.sql(
                "SELECT participant_type, craft, min_seats, max_seats FROM program_quota"
                    + " WHERE program_id = ? ORDER BY position")
            .param(programId)
            .query(
                (rs, n) ->
                    new ProgramAdmission.SeatQuota(
                        Optional.ofNullable(rs.getString("participant_type"))
                            .map(org.crewtraining.events.enrollments.ParticipantType::valueOf)
                            .orElse(null),
                        Optional.ofNullable(rs.getString("craft"))
                            .map(CraftTrack::valueOf)
                            .orElse(null),
                        rs.getInt("min_seats"),
                        rs.getInt("max_seats")))
            .list();
    return jdbc.sql(
            "SELECT applications_open_at, applications_close_at, questions, offer_validity_hours"
                + " FROM program_admission WHERE program_id = ?")
        .param(programId)
        .query(
            (rs, n) ->
                new ProgramAdmission(
                    programId,
                    rs.getTimestamp("applications_open_at").toInstant(),
                    rs.getTimestamp("applications_close_at").toInstant(),
                    Arrays.stream((String[]) rs.getArray("questions").getArray())
                        .map(ApplicationQuestion::valueOf)
                        .toList(),
                    quotas,
                    Duration.ofHours(rs.getInt("offer_validity_hours"))))
        .optional();
  }

  /** Stores the admission frozen by the publication; a redelivered publication changes nothing. */
  void storeIfAbsent(ProgramAdmission admission) {
    int inserted =
        jdbc.sql(
                "INSERT INTO program_admission (program_id, applications_open_at,"
                    + " applications_close_at, questions, offer_validity_hours)"
                    + " VALUES (?, ?, ?, ?, ?) ON CONFLICT (program_id) DO NOTHING")
            .params(
                admission.programId(),
                Timestamp.from(admission.opensAt()),
                Timestamp.from(admission.closesAt()),
                admission.questions().stream().map(Enum::name).toArray(String[]::new),
                (int) admission.offerValidity().toHours())
            .update();
    if (inserted == 0) {
      return;
    }
    List<ProgramAdmission.SeatQuota> quotas = admission.quotas();
    for (int i = 0; i < quotas.size(); i++) {
      ProgramAdmission.SeatQuota q = quotas.get(i);
      jdbc.sql(
              "INSERT INTO program_quota (program_id, position, participant_type, craft,"
                  + " min_seats, max_seats) VALUES (?, ?, ?, ?, ?, ?)")
          .params(
              admission.programId(),
              i,
              q.participantType() == null ? null : q.participantType().name(),
              q.craft() == null ? null : q.craft().name(),
              q.minSeats(),
              q.maxSeats())
          .update();
    }
  }
}
