package org.crewtraining.readmodels;

import java.time.LocalDate;

/**
 * A certificate of an enrolment, from CertificateIssued, marked by CertificateRevoked. A revocation
 * of a certificate whose issue was never seen leaves one with no date and no hours.
 */
public record IssuedCertificate(LocalDate issueDate, double hours, boolean revoked) {

  IssuedCertificate revoke() {
    return new IssuedCertificate(issueDate, hours, true);
  }
}
