package org.crewtraining.support.web;

import tools.jackson.core.JsonParser;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.deser.jdk.StringDeserializer;
import tools.jackson.databind.module.SimpleModule;

/**
 * Refuses JSON strings containing NUL (U+0000): PostgreSQL cannot store them, so they would fail
 * deep inside a write as a 500. Rejected while reading the body, the field is named in a 400. Found
 * by the hostile-input property tests.
 */
public class NulFreeStringsModule extends SimpleModule {

  static final String MESSAGE = "must not contain NUL characters";

  public NulFreeStringsModule() {
    super("nul-free-strings");
    addDeserializer(String.class, new NulFreeStringDeserializer());
  }

  private static final class NulFreeStringDeserializer extends StringDeserializer {
    @Override
    public String deserialize(JsonParser parser, DeserializationContext context) {
      String value = super.deserialize(parser, context);
      if (value != null && value.indexOf('\u0000') >= 0) {
        return (String) context.handleWeirdStringValue(String.class, "(omitted)", MESSAGE);
      }
      return value;
    }
  }
}
