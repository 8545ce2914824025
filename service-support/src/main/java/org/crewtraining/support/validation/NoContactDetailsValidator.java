package org.crewtraining.support.validation;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.util.regex.Pattern;

/** Finds e-mail addresses and phone numbers (Korean and international formats) in free text. */
public class NoContactDetailsValidator implements ConstraintValidator<NoContactDetails, String> {

  private static final Pattern EMAIL =
      Pattern.compile("[\\p{L}\\p{N}._%+-]+@[\\p{L}\\p{N}-]+(\\.[\\p{L}\\p{N}-]+)+");

  /**
   * 010-1234-5678, 02 123 4567, +82 10 1234 5678, 01012345678; not dates such as 2025-03-01 or
   * short numbers such as capacities and hours.
   */
  private static final Pattern PHONE =
      Pattern.compile(
          "(?<![\\p{N}])(\\+\\d{1,3}[\\s.-]?)?\\(?\\d{2,4}\\)?[\\s.-]?\\d{3,4}[\\s.-]?\\d{4}(?![\\p{N}])");

  @Override
  public boolean isValid(String value, ConstraintValidatorContext context) {
    return value == null || !containsContactDetails(value);
  }

  public static boolean containsContactDetails(String text) {
    return EMAIL.matcher(text).find() || PHONE.matcher(text).find();
  }
}
