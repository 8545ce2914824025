package org.crewtraining.enrollment.certificate;

enum CertificateStatus {
  VALID,
  REVOKED;

  static CertificateStatus of(Certificate c) {
    return c.valid() ? VALID : REVOKED;
  }
}
