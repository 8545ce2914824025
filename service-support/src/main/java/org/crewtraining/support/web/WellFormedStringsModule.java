package org.crewtraining.support.web;

import tools.jackson.core.JsonParser;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.KeyDeserializer;
import tools.jackson.databind.deser.jdk.StringDeserializer;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.module.SimpleModule;

/**
 * Refuses JSON strings (values and map keys) that are not well-formed text: a NUL (U+0000), which
 * PostgreSQL cannot store, or an unpaired UTF-16 surrogate (e.g. {@code "\ud800"}), which is no
 * Unicode character and would be stored and published as {@code ?}. Rejected while reading the
 * body, the field is named in a 400 instead of the value failing deep inside a write or being
 * silently altered.
 */
public class WellFormedStringsModule extends SimpleModule {

  public WellFormedStringsModule() {
    super("well-formed-strings");
    addDeserializer(String.class, new WellFormedStringDeserializer());
    addKeyDeserializer(String.class, new WellFormedKeyDeserializer());
  }

  /** Why {@code text} is not well-formed, or null when it is. */
  static String problemIn(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\u0000') {
        return "must not contain NUL characters";
      }
      if (Character.isSurrogate(c)) {
        boolean paired =
            Character.isHighSurrogate(c)
                && i + 1 < text.length()
                && Character.isLowSurrogate(text.charAt(i + 1));
        if (!paired) {
          return String.format(
              "must be valid Unicode: unpaired surrogate \\u%04X at position %d", (int) c, i);
        }
        i++;
      }
    }
    return null;
  }

  /** A string that is not well-formed text; its value is not repeated back. */
  public static final class IllFormedStringException extends InvalidFormatException {
    private final String reason;

    IllFormedStringException(JsonParser parser, String reason) {
      super(parser, "String " + reason, "(omitted)", String.class);
      this.reason = reason;
    }

    public String reason() {
      return reason;
    }
  }

  private static final class WellFormedStringDeserializer extends StringDeserializer {
    @Override
    public String deserialize(JsonParser parser, DeserializationContext context) {
      String value = super.deserialize(parser, context);
      String problem = value == null ? null : problemIn(value);
      if (problem != null) {
        throw new IllFormedStringException(parser, problem);
      }
      return value;
    }
  }

  private static final class WellFormedKeyDeserializer extends KeyDeserializer {
    @Override
    public Object deserializeKey(String key, DeserializationContext context) {
      String problem = key == null ? null : problemIn(key);
      if (problem != null) {
        throw new IllFormedStringException(context.getParser(), "(a key) " + problem);
      }
      return key;
    }
  }
}
