package org.crewtraining.support.validation;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Refuses a reason code's UNSPECIFIED symbol. It is what readers see for an event written before
 * reason codes or with a code they do not know (ADR 0006); a client must name a real reason, or
 * leave an optional one out. Null is valid.
 */
@Documented
@Constraint(validatedBy = NotUnspecified.Validator.class)
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT})
@Retention(RetentionPolicy.RUNTIME)
public @interface NotUnspecified {

  String SYMBOL = "UNSPECIFIED";

  String message() default "UNSPECIFIED is only for readers of old events; name a real reason code";

  Class<?>[] groups() default {};

  Class<? extends Payload>[] payload() default {};

  class Validator implements ConstraintValidator<NotUnspecified, Enum<?>> {
    @Override
    public boolean isValid(Enum<?> value, ConstraintValidatorContext context) {
      return value == null || !SYMBOL.equals(value.name());
    }
  }
}
