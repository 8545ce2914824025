package org.crewtraining.enrollment.application;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.crewtraining.enrollment.participant.ParticipantType;
import org.crewtraining.events.common.CraftTrack;
import org.crewtraining.events.enrollments.ApplicationRejectionReason;
import org.crewtraining.events.enrollments.ReviewDecision;
import org.crewtraining.events.enrollments.WithdrawalReason;
import org.crewtraining.events.programs.ApplicationQuestion;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The {@code application} and {@code application_answer} rows. Writes only the application's own
 * columns (submission, review, withdrawal); the selection and offer features write theirs with
 * their own SQL. Every read returns every column. Writers hold the programme's row lock.
 */
@Repository
public class ApplicationRepository {

  private static final String COLUMNS =
      "application_id, program_id, participant_id, participant_type, craft, status, submitted_at,"
          + " score, rejection_reason, reviewed_by, reviewed_at, withdrawal_reason, selection_id,"
          + " reserve_rank, offered_at, offer_expires_at, offer_code, answered_at, enrollment_id,"
          + " version";

  private final JdbcClient jdbc;

  ApplicationRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  public Optional<Application> find(String applicationId) {
    return jdbc.sql("SELECT " + COLUMNS + " FROM application WHERE application_id = ?")
        .param(applicationId)
        .query((rs, n) -> row(rs, Map.of()))
        .optional()
        .map(
            a ->
                withAnswers(
                    a, answersOf(List.of(applicationId)).getOrDefault(applicationId, Map.of())));
  }

  /** The participant's application to the programme, whatever its status. */
  public Optional<String> idOf(String programId, String participantId) {
    return jdbc.sql(
            "SELECT application_id FROM application WHERE program_id = ? AND participant_id = ?")
        .params(programId, participantId)
        .query(String.class)
        .optional();
  }

  /** The programme's applications in submission order, of one status or (null) all. */
  public List<Application> ofProgramme(String programId, ApplicationStatus status) {
    List<Application> bare =
        jdbc.sql(
                "SELECT "
                    + COLUMNS
                    + " FROM application WHERE program_id = ? AND (?::text IS NULL OR status = ?)"
                    + " ORDER BY submitted_at, application_id")
            .params(programId, statusName(status), statusName(status))
            .query((rs, n) -> row(rs, Map.of()))
            .list();
    Map<String, Map<ApplicationQuestion, String>> answers =
        answersOf(bare.stream().map(Application::applicationId).toList());
    return bare.stream()
        .map(a -> withAnswers(a, answers.getOrDefault(a.applicationId(), Map.of())))
        .toList();
  }

  /** The application and its answers. */
  void insert(Application a) {
    jdbc.sql(
            "INSERT INTO application (application_id, program_id, participant_id,"
                + " participant_type, craft, status, submitted_at) VALUES (?, ?, ?, ?, ?, ?, ?)")
        .params(
            a.applicationId(),
            a.programId(),
            a.participantId(),
            a.participantType().name(),
            a.craft().name(),
            a.status().name(),
            Timestamp.from(a.submittedAt()))
        .update();
    for (Map.Entry<ApplicationQuestion, String> answer : a.answers().entrySet()) {
      jdbc.sql("INSERT INTO application_answer (application_id, question, answer) VALUES (?, ?, ?)")
          .params(a.applicationId(), answer.getKey().name(), answer.getValue())
          .update();
    }
  }

  /** SHORTLISTED with its score or REJECTED with its reason; the other part is cleared. */
  void review(String applicationId, Application.Review review) {
    jdbc.sql(
            "UPDATE application SET status = ?, score = ?, rejection_reason = ?, reviewed_by = ?,"
                + " reviewed_at = ?, version = version + 1 WHERE application_id = ?")
        .params(
            review.decision().name(),
            review.score(),
            review.reasonCode() == null ? null : review.reasonCode().name(),
            review.reviewedBy(),
            Timestamp.from(review.reviewedAt()),
            applicationId)
        .update();
  }

  /** Leaves the selection and the reserve (a reserve rank only belongs to RESERVE). */
  void withdraw(String applicationId, WithdrawalReason reason) {
    jdbc.sql(
            "UPDATE application SET status = 'WITHDRAWN', withdrawal_reason = ?,"
                + " reserve_rank = NULL, version = version + 1 WHERE application_id = ?")
        .params(reason.name(), applicationId)
        .update();
  }

  /** Whether a selection of the programme is confirmed: its reviews are then final. */
  boolean selectionConfirmed(String programId) {
    return jdbc.sql(
            "SELECT EXISTS (SELECT 1 FROM selection_run WHERE program_id = ?"
                + " AND status = 'CONFIRMED')")
        .param(programId)
        .query(Boolean.class)
        .single();
  }

  private static String statusName(ApplicationStatus status) {
    return status == null ? null : status.name();
  }

  private Map<String, Map<ApplicationQuestion, String>> answersOf(List<String> applicationIds) {
    Map<String, Map<ApplicationQuestion, String>> answers = new HashMap<>();
    if (applicationIds.isEmpty()) {
      return answers;
    }
    jdbc.sql(
            "SELECT application_id, question, answer FROM application_answer"
                + " WHERE application_id = ANY (?)")
        .param(applicationIds.toArray(String[]::new))
        .query(
            rs -> {
              answers
                  .computeIfAbsent(rs.getString(1), id -> new EnumMap<>(ApplicationQuestion.class))
                  .put(ApplicationQuestion.valueOf(rs.getString(2)), rs.getString(3));
            });
    return answers;
  }

  private static Application withAnswers(Application a, Map<ApplicationQuestion, String> answers) {
    return new Application(
        a.applicationId(),
        a.programId(),
        a.participantId(),
        a.participantType(),
        a.craft(),
        a.status(),
        a.submittedAt(),
        answers,
        a.review(),
        a.withdrawalReasonCode(),
        a.selectionId(),
        a.reserveRank(),
        a.offer(),
        a.enrollmentId(),
        a.version());
  }

  private static Application row(ResultSet rs, Map<ApplicationQuestion, String> answers)
      throws SQLException {
    return new Application(
        rs.getString("application_id"),
        rs.getString("program_id"),
        rs.getString("participant_id"),
        ParticipantType.valueOf(rs.getString("participant_type")),
        CraftTrack.valueOf(rs.getString("craft")),
        ApplicationStatus.valueOf(rs.getString("status")),
        instant(rs, "submitted_at"),
        answers,
        review(rs),
        Optional.ofNullable(rs.getString("withdrawal_reason"))
            .map(WithdrawalReason::valueOf)
            .orElse(null),
        rs.getString("selection_id"),
        rs.getObject("reserve_rank", Integer.class),
        offer(rs),
        rs.getString("enrollment_id"),
        rs.getInt("version"));
  }

  private static Application.Review review(ResultSet rs) throws SQLException {
    Instant reviewedAt = instant(rs, "reviewed_at");
    if (reviewedAt == null) {
      return null;
    }
    String rejection = rs.getString("rejection_reason");
    return new Application.Review(
        rejection == null ? ReviewDecision.SHORTLISTED : ReviewDecision.REJECTED,
        rs.getObject("score", Integer.class),
        rejection == null ? null : ApplicationRejectionReason.valueOf(rejection),
        rs.getString("reviewed_by"),
        reviewedAt);
  }

  private static Application.Offer offer(ResultSet rs) throws SQLException {
    Instant offeredAt = instant(rs, "offered_at");
    return offeredAt == null
        ? null
        : new Application.Offer(
            offeredAt,
            instant(rs, "offer_expires_at"),
            rs.getString("offer_code"),
            instant(rs, "answered_at"));
  }

  private static Instant instant(ResultSet rs, String column) throws SQLException {
    Timestamp t = rs.getTimestamp(column);
    return t == null ? null : t.toInstant();
  }
}
