package org.crewtraining.program.programme;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Refuses an enum's UNKNOWN symbol. It exists so old readers can decode newer events (and then
 * admits nobody); a writer must always say what it means.
 */
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT})
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = NotUnknown.Validator.class)
public @interface NotUnknown {
  String message() default "UNKNOWN is only for readers of newer events; name a real value";

  Class<?>[] groups() default {};

  Class<? extends Payload>[] payload() default {};

  class Validator implements ConstraintValidator<NotUnknown, Enum<?>> {
    @Override
    public boolean isValid(Enum<?> value, ConstraintValidatorContext context) {
      return value == null || !"UNKNOWN".equals(value.name());
    }
  }
}
