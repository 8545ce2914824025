package org.crewtraining.enrollment.certificate;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.crewtraining.events.enrollments.CertificateRevocationReason;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class CertificateRepository {

  private static final String COLUMNS =
      "certificate_id, enrollment_id, program_id, participant_id, program_title, hours,"
          + " issue_date, issuers, verification_code_hash, issued_at, revoked_at,"
          + " revocation_reason_code";

  private final JdbcClient jdbc;

  CertificateRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  Optional<Certificate> find(String certificateId) {
    return jdbc.sql("SELECT " + COLUMNS + " FROM certificate WHERE certificate_id = ?")
        .param(certificateId)
        .query(CertificateRepository::row)
        .optional();
  }

  /** The enrolment's valid certificate, locked until commit. */
  Optional<Certificate> lockValidOf(String enrollmentId) {
    return jdbc.sql(
            "SELECT "
                + COLUMNS
                + " FROM certificate WHERE enrollment_id = ? AND revoked_at IS NULL FOR UPDATE")
        .param(enrollmentId)
        .query(CertificateRepository::row)
        .optional();
  }

  /** Every certificate of the enrolment, valid or revoked, oldest first. */
  List<Certificate> ofEnrollment(String enrollmentId) {
    return jdbc.sql(
            "SELECT " + COLUMNS + " FROM certificate WHERE enrollment_id = ? ORDER BY issued_at")
        .param(enrollmentId)
        .query(CertificateRepository::row)
        .list();
  }

  /** False when the number is taken already (the caller draws another). */
  boolean insert(Certificate c) {
    return jdbc.sql(
                "INSERT INTO certificate ("
                    + COLUMNS
                    + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, NULL, NULL)"
                    + " ON CONFLICT (certificate_id) DO NOTHING")
            .params(
                c.certificateId(),
                c.enrollmentId(),
                c.programId(),
                c.participantId(),
                c.programTitle(),
                c.hours(),
                c.issueDate(),
                c.issuers().toArray(String[]::new),
                c.verificationCodeHash(),
                Timestamp.from(c.issuedAt()))
            .update()
        == 1;
  }

  /**
   * Revokes a valid certificate; false when it is unknown or revoked already. One statement, so two
   * concurrent revocations revoke once: the second finds the row revoked when the first commits.
   */
  boolean revoke(String certificateId, CertificateRevocationReason reason, Instant at) {
    return jdbc.sql(
                "UPDATE certificate SET revoked_at = ?, revocation_reason_code = ?"
                    + " WHERE certificate_id = ? AND revoked_at IS NULL")
            .params(Timestamp.from(at), reason.name(), certificateId)
            .update()
        == 1;
  }

  boolean setVerificationCodeHash(String certificateId, String hash) {
    return jdbc.sql("UPDATE certificate SET verification_code_hash = ? WHERE certificate_id = ?")
            .params(hash, certificateId)
            .update()
        == 1;
  }

  private static Certificate row(ResultSet rs, int n) throws SQLException {
    Array issuers = rs.getArray("issuers");
    Timestamp revokedAt = rs.getTimestamp("revoked_at");
    String reason = rs.getString("revocation_reason_code");
    return new Certificate(
        rs.getString("certificate_id"),
        rs.getString("enrollment_id"),
        rs.getString("program_id"),
        rs.getString("participant_id"),
        rs.getString("program_title"),
        rs.getDouble("hours"),
        rs.getObject("issue_date", LocalDate.class),
        List.copyOf(Arrays.asList((String[]) issuers.getArray())),
        rs.getString("verification_code_hash"),
        rs.getTimestamp("issued_at").toInstant(),
        revokedAt == null ? null : revokedAt.toInstant(),
        reason == null ? null : CertificateRevocationReason.valueOf(reason));
  }
}
