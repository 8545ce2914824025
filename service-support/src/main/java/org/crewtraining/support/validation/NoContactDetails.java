package org.crewtraining.support.validation;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Free text that travels in events (reasons for a withdrawal, a cancellation, a schedule change)
 * leaves the service that owns personal data; it must not carry an e-mail address or a phone
 * number. Null is valid.
 */
@Documented
@Constraint(validatedBy = NoContactDetailsValidator.class)
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT})
@Retention(RetentionPolicy.RUNTIME)
public @interface NoContactDetails {

  String message() default
      "must not contain an e-mail address or a phone number: this text is published in events";

  Class<?>[] groups() default {};

  Class<? extends Payload>[] payload() default {};
}
