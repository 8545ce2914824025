package org.crewtraining.program.session;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.time.Duration;
import java.time.LocalTime;

/**
 * Times are whole minutes (the event counts minutes; a finer time would be cut), the end comes
 * after the start on the same day, and the contact minutes fit between them. Each violation names
 * the field to fix; missing values are left to {@code @NotNull}.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = ValidSessionTimes.Validator.class)
public @interface ValidSessionTimes {
  String message() default "invalid session times";

  Class<?>[] groups() default {};

  Class<? extends Payload>[] payload() default {};

  class Validator implements ConstraintValidator<ValidSessionTimes, SessionTimes> {
    @Override
    public boolean isValid(SessionTimes times, ConstraintValidatorContext context) {
      if (times == null) {
        return true;
      }
      context.disableDefaultConstraintViolation();
      boolean valid = wholeMinute(times.startTime(), "startTime", context);
      valid &= wholeMinute(times.endTime(), "endTime", context);
      if (!valid || times.startTime() == null || times.endTime() == null) {
        return valid;
      }
      if (!times.endTime().isAfter(times.startTime())) {
        return violation(context, "endTime", "must be after startTime, on the same day");
      }
      long minutes = Duration.between(times.startTime(), times.endTime()).toMinutes();
      if (times.contactMinutes() != null && times.contactMinutes() > minutes) {
        return violation(
            context,
            "contactMinutes",
            "must be at most the " + minutes + " minutes between startTime and endTime");
      }
      return true;
    }

    private static boolean wholeMinute(
        LocalTime time, String field, ConstraintValidatorContext context) {
      if (time == null || (time.getSecond() == 0 && time.getNano() == 0)) {
        return true;
      }
      return violation(context, field, "must be a whole minute, like 09:30");
    }

    private static boolean violation(
        ConstraintValidatorContext context, String field, String message) {
      context
          .buildConstraintViolationWithTemplate(message)
          .addPropertyNode(field)
          .addConstraintViolation();
      return false;
    }
  }
}
