package org.crewtraining.enrollment.certificate;

/** The holder's verification code was missing or wrong: 403, the same answer either way. */
class VerificationCodeRequiredException extends RuntimeException {

  VerificationCodeRequiredException() {
    super("The certificate holder's verification code is required (header Verification-Code)");
  }
}
