package org.crewtraining.support.web;

import java.math.BigDecimal;
import java.time.temporal.TemporalAccessor;
import java.util.Set;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.BeanDescription;
import tools.jackson.databind.DeserializationConfig;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.deser.ValueDeserializerModifier;
import tools.jackson.databind.deser.std.DelegatingDeserializer;
import tools.jackson.databind.module.SimpleModule;

/**
 * Closes the two shapes that coercion settings do not reach: a decimal number from the strings
 * {@code "NaN"} and {@code "Infinity"}, and a date or time from an array ({@code [2026,3,2]}) or a
 * number. Decimals are read only from JSON numbers, dates and times only from JSON strings.
 */
public class ScalarTokensModule extends SimpleModule {

  private static final Set<Class<?>> DECIMALS =
      Set.of(Double.class, double.class, Float.class, float.class, BigDecimal.class);

  public ScalarTokensModule() {
    super("scalar-tokens");
    setDeserializerModifier(
        new ValueDeserializerModifier() {
          @Override
          public ValueDeserializer<?> modifyDeserializer(
              DeserializationConfig config,
              BeanDescription.Supplier description,
              ValueDeserializer<?> deserializer) {
            Class<?> type = description.getBeanClass();
            if (DECIMALS.contains(type)) {
              return new OnlyFrom(deserializer, type, true);
            }
            if (TemporalAccessor.class.isAssignableFrom(type)) {
              return new OnlyFrom(deserializer, type, false);
            }
            return deserializer;
          }
        });
  }

  private static final class OnlyFrom extends DelegatingDeserializer {
    private final Class<?> type;
    private final boolean numbers;

    OnlyFrom(ValueDeserializer<?> delegate, Class<?> type, boolean numbers) {
      super(delegate);
      this.type = type;
      this.numbers = numbers;
    }

    @Override
    protected ValueDeserializer<?> newDelegatingInstance(ValueDeserializer<?> delegate) {
      return new OnlyFrom(delegate, type, numbers);
    }

    @Override
    public Object deserialize(JsonParser parser, DeserializationContext context) {
      boolean accepted =
          numbers
              ? parser.hasToken(JsonToken.VALUE_NUMBER_INT)
                  || parser.hasToken(JsonToken.VALUE_NUMBER_FLOAT)
              : parser.hasToken(JsonToken.VALUE_STRING);
      if (!accepted) {
        return context.handleUnexpectedToken(type, parser);
      }
      return super.deserialize(parser, context);
    }
  }
}
