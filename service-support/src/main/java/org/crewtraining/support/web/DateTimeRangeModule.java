package org.crewtraining.support.web;

import tools.jackson.core.JsonParser;
import tools.jackson.databind.BeanDescription;
import tools.jackson.databind.DeserializationConfig;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.deser.ValueDeserializerModifier;
import tools.jackson.databind.deser.std.DelegatingDeserializer;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.module.SimpleModule;

/**
 * Applies {@link DateTimeRange} to every date and instant read from JSON: Jackson's own java.time
 * deserializers parse as before (formats, {@code @JsonFormat}), then the value is checked, so an
 * out-of-range date is a 400 naming the field instead of {@code infinity} in the database.
 *
 * <p>JSON the service wrote itself (a stored response replayed for an Idempotency-Key) is read with
 * the {@link #OWN_OUTPUT} attribute set and is not checked: it is output, not input, and may hold
 * database instants finer than milliseconds.
 */
public class DateTimeRangeModule extends SimpleModule {

  /** Reader attribute (any non-null value): the JSON is the service's own earlier output. */
  public static final String OWN_OUTPUT = DateTimeRangeModule.class.getName() + ".ownOutput";

  public DateTimeRangeModule() {
    super("date-time-range");
    setDeserializerModifier(new RangeCheckedTypes());
  }

  private static final class RangeCheckedTypes extends ValueDeserializerModifier {
    @Override
    public ValueDeserializer<?> modifyDeserializer(
        DeserializationConfig config,
        BeanDescription.Supplier description,
        ValueDeserializer<?> deserializer) {
      Class<?> type = description.getBeanClass();
      return DateTimeRange.TYPES.contains(type)
          ? new RangeCheckedDeserializer(deserializer, type)
          : deserializer;
    }
  }

  private static final class RangeCheckedDeserializer extends DelegatingDeserializer {
    private final Class<?> type;

    RangeCheckedDeserializer(ValueDeserializer<?> delegate, Class<?> type) {
      super(delegate);
      this.type = type;
    }

    @Override
    protected ValueDeserializer<?> newDelegatingInstance(ValueDeserializer<?> delegate) {
      return new RangeCheckedDeserializer(delegate, type);
    }

    @Override
    public Object deserialize(JsonParser parser, DeserializationContext context) {
      return checked(parser, context, super.deserialize(parser, context));
    }

    @Override
    public Object deserialize(JsonParser parser, DeserializationContext context, Object into) {
      return checked(parser, context, super.deserialize(parser, context, into));
    }

    private Object checked(JsonParser parser, DeserializationContext context, Object value) {
      String violation = DateTimeRange.violation(value);
      if (violation != null && context.getAttribute(OWN_OUTPUT) == null) {
        throw new OutOfRange(parser, violation, value, type);
      }
      return value;
    }
  }

  /** Read fine, but outside {@link DateTimeRange}; the message is for the client. */
  static final class OutOfRange extends InvalidFormatException {
    OutOfRange(JsonParser parser, String message, Object value, Class<?> type) {
      super(parser, message, value, type);
    }
  }
}
