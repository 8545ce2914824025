package org.crewtraining.readmodels.manifest;

import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.time.temporal.TemporalAccessor;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

/**
 * The canonical JSON form of a report (ADR 0010): RFC 8785 (JCS) with two rules of its own. Object
 * members sorted by their names' UTF-16 code units, no whitespace, strings escaped minimally and
 * written as UTF-8; a fractional number as the shortest decimal that reads back as the same double,
 * in ECMAScript's notation (so {@code 0.8750}, {@code 0.875} and {@code 8.75e-1} are all {@code
 * 0.875}); and, ours: an integer exactly (any size), and a member whose value is null left out (so
 * a JSON rendering that omits nulls has the same form). Dates and instants are their ISO-8601
 * strings ({@code toString}), enums their names.
 *
 * <p>A report is first turned into a {@link #tree} of {@code TreeMap<String, Object>}, {@code
 * List<Object>}, {@code String}, {@link Num}, {@code Boolean}: from the Java record that was built,
 * or from any JSON rendering of it parsed into maps, lists and numbers, which gives the same tree.
 */
public final class CanonicalJson {

  /** The name a manifest gives this form. */
  public static final String FORM = "crew-canonical-json/1";

  /** A number in canonical text. */
  public record Num(String text) {
    @Override
    public String toString() {
      return text;
    }
  }

  private CanonicalJson() {}

  /** The canonical bytes (UTF-8) of a report object or tree. */
  public static byte[] bytes(Object value) {
    return text(value).getBytes(StandardCharsets.UTF_8);
  }

  /** The canonical text of a report object or tree. */
  public static String text(Object value) {
    StringBuilder out = new StringBuilder(4096);
    write(out, tree(value));
    return out.toString();
  }

  /** The value as a canonical tree (null stays null at the top). */
  public static Object tree(Object value) {
    if (value == null || value instanceof Boolean || value instanceof Num) {
      return value;
    }
    if (value instanceof CharSequence || value instanceof Character || value instanceof UUID) {
      return value.toString();
    }
    if (value instanceof Enum<?> symbol) {
      return symbol.name();
    }
    if (value instanceof TemporalAccessor) {
      return value.toString();
    }
    if (value instanceof Number number) {
      return number(number);
    }
    if (value instanceof Record record) {
      TreeMap<String, Object> members = new TreeMap<>();
      for (RecordComponent component : record.getClass().getRecordComponents()) {
        put(members, component.getName(), component(component, record));
      }
      return members;
    }
    if (value instanceof Map<?, ?> map) {
      TreeMap<String, Object> members = new TreeMap<>();
      map.forEach((k, v) -> put(members, k instanceof Enum<?> e ? e.name() : String.valueOf(k), v));
      return members;
    }
    if (value instanceof Collection<?> items) {
      List<Object> list = new ArrayList<>(items.size());
      items.forEach(item -> list.add(tree(item)));
      return list;
    }
    if (value instanceof Object[] items) {
      return tree(List.of(items));
    }
    throw new IllegalArgumentException("No canonical JSON for " + value.getClass().getName());
  }

  private static void put(TreeMap<String, Object> members, String name, Object value) {
    Object tree = tree(value);
    if (tree != null) {
      members.put(name, tree);
    }
  }

  private static Object component(RecordComponent component, Record record) {
    try {
      return component.getAccessor().invoke(record);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException(e);
    }
  }

  /** A number's canonical text: integers exactly, anything else as a double (see the class). */
  static Num number(Number number) {
    if (number instanceof Integer
        || number instanceof Long
        || number instanceof Short
        || number instanceof Byte
        || number instanceof BigInteger) {
      return new Num(number.toString());
    }
    if (number instanceof BigDecimal decimal && decimal.stripTrailingZeros().scale() <= 0) {
      return new Num(decimal.toBigIntegerExact().toString());
    }
    return new Num(shortest(number.doubleValue()));
  }

  /**
   * ECMAScript's Number::toString: the fewest significant digits that read back as the same double
   * (found exactly with BigDecimal, so the same on every JVM), plain between 1e-6 and 1e21.
   */
  static String shortest(double d) {
    if (Double.isNaN(d) || Double.isInfinite(d)) {
      throw new IllegalArgumentException("No JSON number for " + d);
    }
    if (d == 0) {
      return "0";
    }
    BigDecimal exact = new BigDecimal(d);
    BigDecimal shortest = exact;
    for (int precision = 1; precision <= 17; precision++) {
      BigDecimal candidate = exact.round(new MathContext(precision, RoundingMode.HALF_EVEN));
      if (candidate.doubleValue() == d) {
        shortest = candidate;
        break;
      }
    }
    shortest = shortest.stripTrailingZeros();
    String digits = shortest.unscaledValue().abs().toString();
    int k = digits.length();
    int n = k - shortest.scale(); // the decimal point sits after n digits
    String sign = shortest.signum() < 0 ? "-" : "";
    if (k <= n && n <= 21) {
      return sign + digits + "0".repeat(n - k);
    }
    if (0 < n && n <= 21) {
      return sign + digits.substring(0, n) + "." + digits.substring(n);
    }
    if (-6 < n && n <= 0) {
      return sign + "0." + "0".repeat(-n) + digits;
    }
    int exponent = n - 1;
    return sign
        + digits.charAt(0)
        + (k > 1 ? "." + digits.substring(1) : "")
        + "e"
        + (exponent >= 0 ? "+" : "-")
        + Math.abs(exponent);
  }

  @SuppressWarnings("unchecked")
  static void write(StringBuilder out, Object tree) {
    if (tree == null) {
      out.append("null");
    } else if (tree instanceof String s) {
      string(out, s);
    } else if (tree instanceof Map<?, ?> map) {
      out.append('{');
      boolean first = true;
      for (Map.Entry<String, Object> member : ((Map<String, Object>) map).entrySet()) {
        out.append(first ? "" : ",");
        string(out, member.getKey());
        out.append(':');
        write(out, member.getValue());
        first = false;
      }
      out.append('}');
    } else if (tree instanceof List<?> list) {
      out.append('[');
      for (int i = 0; i < list.size(); i++) {
        out.append(i == 0 ? "" : ",");
        write(out, list.get(i));
      }
      out.append(']');
    } else {
      out.append(tree); // Boolean, Num
    }
  }

  private static void string(StringBuilder out, String s) {
    out.append('"');
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        case '\b' -> out.append("\\b");
        case '\f' -> out.append("\\f");
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
}
