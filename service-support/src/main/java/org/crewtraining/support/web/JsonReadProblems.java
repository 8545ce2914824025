package org.crewtraining.support.web;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.time.temporal.Temporal;
import java.util.Collection;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.crewtraining.support.web.WellFormedStringsModule.IllFormedStringException;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;

/**
 * Turns a body that Jackson refused into the field it names and a message a client can act on
 * ("expected an integer, got a string"), without echoing long or ill-formed input back.
 */
final class JsonReadProblems {

  private static final Pattern DUPLICATE = Pattern.compile("Duplicate Object property \"(.*)\"");
  private static final int ECHO_LIMIT = 40;

  private JsonReadProblems() {}

  /** The offending field and what is wrong with it, or null when no field can be named. */
  static FieldError fieldError(JacksonException e) {
    String field = fieldPath(e);
    String duplicate = duplicateName(e);
    if (duplicate != null) {
      String parent = field;
      field = parent.isEmpty() ? duplicate : parent + "." + duplicate;
      return new FieldError(field, "appears more than once; send each field once");
    }
    return field.isEmpty() ? null : new FieldError(field, describe(e));
  }

  static String describe(JacksonException e) {
    if (e instanceof DateTimeRangeModule.OutOfRange outOfRange) {
      return outOfRange.getOriginalMessage();
    }
    if (e instanceof IllFormedStringException illFormed) {
      return illFormed.reason();
    }
    if (e instanceof UnrecognizedPropertyException unknown) {
      TreeSet<String> known = new TreeSet<>();
      unknown.getKnownPropertyIds().forEach(id -> known.add(String.valueOf(id)));
      return "is not a field of this request; known fields: " + known;
    }
    if (!(e instanceof MismatchedInputException mismatched) || mismatched.getTargetType() == null) {
      return "unreadable value";
    }
    Class<?> target = mismatched.getTargetType();
    String expected = expected(target);
    if (e instanceof InvalidFormatException invalid && invalid.getValue() instanceof String text) {
      if (target.isEnum()) {
        return "'" + echo(text) + "' is not one of " + StrictEnumsModule.namesOf(target);
      }
      if (Temporal.class.isAssignableFrom(target)) {
        return "'" + echo(text) + "' is not " + expected;
      }
    }
    String got =
        e instanceof InvalidFormatException invalid && invalid.getValue() != null
            ? kindOf(invalid.getValue())
            : kindOf(mismatched.getCurrentToken());
    if ("null".equals(got)
        || String.valueOf(e.getOriginalMessage()).startsWith("Cannot map `null`")) {
      return "must not be null (expected " + expected + ")";
    }
    return got == null ? "expected " + expected : "expected " + expected + ", got " + got;
  }

  private static String fieldPath(JacksonException e) {
    StringBuilder path = new StringBuilder();
    for (JacksonException.Reference ref : e.getPath()) {
      if (ref.getPropertyName() != null) {
        path.append(path.isEmpty() ? "" : ".").append(ref.getPropertyName());
      } else if (ref.getIndex() >= 0) {
        path.append('[').append(ref.getIndex()).append(']');
      }
    }
    return path.toString();
  }

  /** A repeated key is found by the parser, which names it only in its message. */
  private static String duplicateName(JacksonException e) {
    Matcher m = DUPLICATE.matcher(String.valueOf(e.getOriginalMessage()));
    return m.find() ? m.group(1) : null;
  }

  private static String expected(Class<?> target) {
    if (target.isEnum()) {
      return "one of " + StrictEnumsModule.namesOf(target);
    }
    if (target == Integer.class
        || target == int.class
        || target == Long.class
        || target == long.class
        || target == Short.class
        || target == short.class
        || target == Byte.class
        || target == byte.class
        || target == BigInteger.class) {
      return "an integer";
    }
    if (target == Double.class
        || target == double.class
        || target == Float.class
        || target == float.class
        || target == BigDecimal.class
        || target == Number.class) {
      return "a number";
    }
    if (target == Boolean.class || target == boolean.class) {
      return "true or false";
    }
    if (CharSequence.class.isAssignableFrom(target) || target == char.class) {
      return "a string";
    }
    if (target == LocalDate.class) {
      return "a date like 2026-03-02";
    }
    if (target == Instant.class
        || target == OffsetDateTime.class
        || target == ZonedDateTime.class) {
      return "a timestamp like 2026-03-02T09:00:00Z";
    }
    if (Temporal.class.isAssignableFrom(target)) {
      return "an ISO 8601 date or time";
    }
    if (target.isArray() || Collection.class.isAssignableFrom(target)) {
      return "an array";
    }
    if (Map.class.isAssignableFrom(target)) {
      return "an object";
    }
    return "an object";
  }

  private static String kindOf(Object value) {
    if (value instanceof String) {
      return "a string";
    }
    if (value instanceof Integer
        || value instanceof Long
        || value instanceof Short
        || value instanceof Byte
        || value instanceof BigInteger) {
      return "an integer";
    }
    if (value instanceof Number) {
      return "a decimal number";
    }
    if (value instanceof Boolean) {
      return "a boolean";
    }
    return null;
  }

  private static String kindOf(JsonToken token) {
    if (token == null) {
      return null;
    }
    return switch (token) {
      case VALUE_STRING -> "a string";
      case VALUE_NUMBER_INT -> "an integer";
      case VALUE_NUMBER_FLOAT -> "a decimal number";
      case VALUE_TRUE, VALUE_FALSE -> "a boolean";
      case START_OBJECT -> "an object";
      case START_ARRAY -> "an array";
      case VALUE_NULL -> "null";
      default -> null;
    };
  }

  private static String echo(String text) {
    String shown = text.length() > ECHO_LIMIT ? text.substring(0, ECHO_LIMIT) + "…" : text;
    return WellFormedStringsModule.problemIn(shown) == null ? shown : "(omitted)";
  }
}
