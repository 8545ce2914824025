package org.crewtraining.contracts;

import java.nio.ByteBuffer;
import java.util.Base64;
import java.util.Collection;
import java.util.Map;
import org.apache.avro.Schema;
import org.apache.avro.generic.GenericContainer;
import org.apache.avro.generic.IndexedRecord;

/**
 * Renders a decoded event as plain JSON for people and tools: unions appear as their value (no Avro
 * type wrapper), enums as their symbol, timestamps, dates and UUIDs as ISO strings. Avro's own JSON
 * encoding wraps unions and its toString is not always valid JSON, hence this.
 */
public final class EventJson {

  private EventJson() {}

  public static String toJson(IndexedRecord event) {
    StringBuilder out = new StringBuilder(256);
    write(out, event.getSchema(), event);
    return out.toString();
  }

  private static void write(StringBuilder out, Schema schema, Object value) {
    if (value == null) {
      out.append("null");
      return;
    }
    switch (schema.getType()) {
      case RECORD -> writeRecord(out, (IndexedRecord) value);
      case UNION -> write(out, branch(schema, value), value);
      case ARRAY -> {
        out.append('[');
        boolean first = true;
        for (Object item : (Collection<?>) value) {
          out.append(first ? "" : ",");
          first = false;
          write(out, schema.getElementType(), item);
        }
        out.append(']');
      }
      case MAP -> {
        out.append('{');
        boolean first = true;
        for (Map.Entry<?, ?> entry : ((Map<?, ?>) value).entrySet()) {
          out.append(first ? "" : ",");
          first = false;
          string(out, entry.getKey().toString());
          out.append(':');
          write(out, schema.getValueType(), entry.getValue());
        }
        out.append('}');
      }
      case BYTES, FIXED -> string(out, Base64.getEncoder().encodeToString(bytes(value)));
      case INT, LONG, FLOAT, DOUBLE, BOOLEAN -> {
        if (value instanceof Number || value instanceof Boolean) {
          out.append(numberOrNull(value));
        } else {
          string(out, value.toString()); // logical types: date, timestamp-millis
        }
      }
      default -> string(out, value.toString()); // STRING (incl. uuid), ENUM
    }
  }

  private static void writeRecord(StringBuilder out, IndexedRecord record) {
    out.append('{');
    boolean first = true;
    for (Schema.Field field : record.getSchema().getFields()) {
      out.append(first ? "" : ",");
      first = false;
      string(out, field.name());
      out.append(':');
      write(out, field.schema(), record.get(field.pos()));
    }
    out.append('}');
  }

  private static Schema branch(Schema union, Object value) {
    for (Schema candidate : union.getTypes()) {
      if (candidate.getType() != Schema.Type.NULL
          && (!(value instanceof GenericContainer container)
              || container.getSchema().getFullName().equals(candidate.getFullName()))) {
        return candidate;
      }
    }
    throw new IllegalArgumentException("No union branch of " + union + " for " + value);
  }

  private static String numberOrNull(Object value) {
    if (value instanceof Double d && (d.isNaN() || d.isInfinite())) {
      return "null";
    }
    if (value instanceof Float f && (f.isNaN() || f.isInfinite())) {
      return "null";
    }
    return value.toString();
  }

  private static byte[] bytes(Object value) {
    if (value instanceof ByteBuffer buffer) {
      byte[] copy = new byte[buffer.remaining()];
      buffer.duplicate().get(copy);
      return copy;
    }
    return ((org.apache.avro.generic.GenericFixed) value).bytes();
  }

  /** Appends text as a JSON string literal. */
  public static void string(StringBuilder out, String text) {
    out.append('"');
    int plain = 0;
    while (plain < text.length() && !escaped(text.charAt(plain))) {
      plain++;
    }
    // Most text needs no escape: appended in one go, then char by char from the first that does.
    if (plain == text.length()) {
      out.append(text).append('"');
      return;
    }
    out.append(text, 0, plain);
    for (int i = plain; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        case '\n' -> out.append("\\n");
        case '\r' -> out.append("\\r");
        case '\t' -> out.append("\\t");
        default -> {
          if (c < 0x20) {
            out.append(String.format("\\u%04x", (int) c));
          } else {
            out.append(c);
          }
        }
      }
    }
    out.append('"');
  }

  private static boolean escaped(char c) {
    return c < 0x20 || c == '"' || c == '\\';
  }
}
