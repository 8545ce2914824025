package org.crewtraining.enrollment.consent;

/** What personal data is held for; only training administration is required to register. */
public enum ConsentPurpose {
  TRAINING_ADMINISTRATION(true),
  ALUMNI_NEWS(false),
  PARTNER_SHARING(false);

  private final boolean required;

  ConsentPurpose(boolean required) {
    this.required = required;
  }

  public boolean required() {
    return required;
  }
}
