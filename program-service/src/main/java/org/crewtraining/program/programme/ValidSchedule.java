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
 * The end date is not before the start date. Reported on {@code endDate} (not on the object) so the
 * problem body names the field the client has to fix.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = ValidSchedule.Validator.class)
public @interface ValidSchedule {
  String message() default "must not be before startDate";

  Class<?>[] groups() default {};

  Class<? extends Payload>[] payload() default {};

  class Validator implements ConstraintValidator<ValidSchedule, Schedule> {
    @Override
    public boolean isValid(Schedule schedule, ConstraintValidatorContext context) {
      if (schedule == null
          || schedule.startDate() == null
          || schedule.endDate() == null
          || !schedule.endDate().isBefore(schedule.startDate())) {
        return true; // missing dates are reported by @NotNull
      }
      context.disableDefaultConstraintViolation();
      context
          .buildConstraintViolationWithTemplate(context.getDefaultConstraintMessageTemplate())
          .addPropertyNode("endDate")
          .addConstraintViolation();
      return false;
    }
  }
}
