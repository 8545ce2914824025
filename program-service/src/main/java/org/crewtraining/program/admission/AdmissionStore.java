package org.crewtraining.program.admission;

import java.sql.Array;
import java.sql.Timestamp;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.crewtraining.events.common.CraftTrack;
import org.crewtraining.events.enrollments.ParticipantType;
import org.crewtraining.events.programs.ApplicationQuestion;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Admissions by application, one row per programme and one per quota (in the order given). A
 * programme without a row admits first come, first served. Writers run in the caller's transaction.
 */
@Repository
public class AdmissionStore {

  private final JdbcClient jdbc;

  public AdmissionStore(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  public Optional<AdmissionByApplication> find(String programId) {
    return jdbc.sql(
            "SELECT applications_open_at, applications_close_at, questions, offer_validity_hours"
                + " FROM program_admission WHERE program_id = ?")
        .param(programId)
        .query(
            (rs, n) -> {
              Array questions = rs.getArray("questions");
              return new AdmissionByApplication(
                  rs.getTimestamp("applications_open_at").toInstant(),
                  rs.getTimestamp("applications_close_at").toInstant(),
                  Arrays.stream((String[]) questions.getArray())
                      .map(ApplicationQuestion::valueOf)
                      .toList(),
                  List.of(),
                  rs.getInt("offer_validity_hours"));
            })
        .optional()
        .map(window -> window.withQuotas(quotas(programId)));
  }

  /** Replaces whatever admission the programme had. */
  public void save(String programId, AdmissionByApplication admission) {
    delete(programId);
    jdbc.sql(
            "INSERT INTO program_admission (program_id, applications_open_at,"
                + " applications_close_at, questions, offer_validity_hours)"
                + " VALUES (:id, :opens, :closes, :questions, :hours)")
        .param("id", programId)
        .param("opens", Timestamp.from(admission.applicationsOpenAt()))
        .param("closes", Timestamp.from(admission.applicationsCloseAt()))
        .param("questions", admission.questions().stream().map(Enum::name).toArray(String[]::new))
        .param("hours", admission.offerValidityHours())
        .update();
    List<Quota> quotas = admission.quotas();
    for (int i = 0; i < quotas.size(); i++) {
      Quota q = quotas.get(i);
      jdbc.sql(
              "INSERT INTO program_admission_quota (program_id, position, participant_type,"
                  + " craft, min_seats, max_seats) VALUES (:id, :position, :type, :craft, :min,"
                  + " :max)")
          .param("id", programId)
          .param("position", i)
          .param("type", q.participantType() == null ? null : q.participantType().name())
          .param("craft", q.craft() == null ? null : q.craft().name())
          .param("min", q.minSeats())
          .param("max", q.maxSeats())
          .update();
    }
  }

  /** Back to first come, first served; the quotas go with the admission (ON DELETE CASCADE). */
  public void delete(String programId) {
    jdbc.sql("DELETE FROM program_admission WHERE program_id = ?").param(programId).update();
  }

  private List<Quota> quotas(String programId) {
    return jdbc.sql(
            "SELECT participant_type, craft, min_seats, max_seats FROM program_admission_quota"
                + " WHERE program_id = ? ORDER BY position")
        .param(programId)
        .query(
            (rs, n) -> {
              String type = rs.getString("participant_type");
              String craft = rs.getString("craft");
              return new Quota(
                  type == null ? null : ParticipantType.valueOf(type),
                  craft == null ? null : CraftTrack.valueOf(craft),
                  rs.getInt("min_seats"),
                  rs.getInt("max_seats"));
            })
        .list();
  }
}
