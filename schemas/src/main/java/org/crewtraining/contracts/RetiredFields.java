package org.crewtraining.contracts;

import java.util.List;
import org.apache.avro.Schema;
import org.apache.avro.specific.SpecificRecord;

/**
 * Fields a schema keeps only so that readers of older versions still decode (removing a field is
 * not FULL compatible): marked {@code "retired": true} in the schema, and always empty (null or "")
 * on the bus. The codec refuses to encode anything else, so no producer can put text in them (ADR
 * 0006).
 */
public final class RetiredFields {

  /** The field property that marks a field as retired. */
  public static final String PROPERTY = "retired";

  private final String eventName;
  private final List<Schema.Field> fields;

  private RetiredFields(String eventName, List<Schema.Field> fields) {
    this.eventName = eventName;
    this.fields = fields;
  }

  public static RetiredFields of(Schema schema) {
    return new RetiredFields(
        schema.getName(), schema.getFields().stream().filter(f -> isRetired(f)).toList());
  }

  public static boolean isRetired(Schema.Field field) {
    return Boolean.TRUE.equals(field.getObjectProp(PROPERTY));
  }

  public List<String> names() {
    return fields.stream().map(Schema.Field::name).toList();
  }

  /**
   * @throws IllegalStateException when a retired field carries a value: a programming error of the
   *     producer, never a client's
   */
  public void requireEmpty(SpecificRecord event) {
    for (Schema.Field field : fields) {
      Object value = event.get(field.pos());
      if (value != null && !value.toString().isEmpty()) {
        throw new IllegalStateException(
            eventName
                + "."
                + field.name()
                + " is retired and must stay empty; use the reason code (ADR 0006)");
      }
    }
  }
}
