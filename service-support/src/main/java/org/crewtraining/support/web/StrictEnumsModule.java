package org.crewtraining.support.web;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.BeanDescription;
import tools.jackson.databind.DeserializationConfig;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.JavaType;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.deser.ValueDeserializerModifier;
import tools.jackson.databind.deser.std.StdScalarDeserializer;
import tools.jackson.databind.module.SimpleModule;

/**
 * Enums are read only from a JSON string that is exactly a constant's name. Jackson on its own also
 * takes an index ({@code 1} or {@code "1"}) and a padded name ({@code " SHORT_COURSE"}), so a
 * typo'd or hostile value became some other constant. The API's enums are the contracts' plain Avro
 * enums, written by name, so the name is the whole vocabulary.
 */
public class StrictEnumsModule extends SimpleModule {

  public StrictEnumsModule() {
    super("strict-enums");
    setDeserializerModifier(
        new ValueDeserializerModifier() {
          @Override
          public ValueDeserializer<?> modifyEnumDeserializer(
              DeserializationConfig config,
              JavaType type,
              BeanDescription.Supplier description,
              ValueDeserializer<?> deserializer) {
            return new StrictEnumDeserializer(type.getRawClass());
          }
        });
  }

  /** The accepted names of {@code type}, as a problem message lists them. */
  static String namesOf(Class<?> type) {
    return Arrays.toString(type.getEnumConstants());
  }

  private static final class StrictEnumDeserializer extends StdScalarDeserializer<Object> {
    private final Map<String, Object> byName = new LinkedHashMap<>();

    StrictEnumDeserializer(Class<?> type) {
      super(type);
      for (Object constant : type.getEnumConstants()) {
        byName.put(((Enum<?>) constant).name(), constant);
      }
    }

    @Override
    public Object deserialize(JsonParser parser, DeserializationContext context) {
      if (parser.hasToken(JsonToken.VALUE_STRING)) {
        String text = parser.getString();
        Object constant = byName.get(text);
        if (constant != null) {
          return constant;
        }
        return context.handleWeirdStringValue(
            handledType(), text, "not one of " + namesOf(handledType()));
      }
      return context.handleUnexpectedToken(handledType(), parser);
    }
  }
}
