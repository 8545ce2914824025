package org.crewtraining.enrollment.certificate;

import static org.assertj.core.api.Assertions.assertThat;

import org.crewtraining.enrollment.certificate.CertificatePolicy.Step;
import org.crewtraining.enrollment.participation.CompletionOutcome;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The whole policy: outcome × the certificate the enrolment holds → what happens. */
class CertificatePolicyTest {

  @ParameterizedTest(name = "{0} {1} h, certified {2} → {3}")
  @CsvSource(
      nullValues = "none",
      textBlock =
          """
          COMPLETED,     40,   none, ISSUE
          COMPLETED,     0,    none, ISSUE
          COMPLETED,     40,   40,   NOTHING
          COMPLETED,     36,   40,   REISSUE
          COMPLETED,     40.5, 40,   REISSUE
          NOT_COMPLETED, 12,   none, NOTHING
          NOT_COMPLETED, 12,   40,   REVOKE
          NOT_COMPLETED, 40,   40,   REVOKE
          """)
  void stepAfterAnOutcome(
      CompletionOutcome outcome, double hours, Double certifiedHours, Step expected) {
    assertThat(CertificatePolicy.after(outcome, hours, certifiedHours)).isEqualTo(expected);
  }
}
