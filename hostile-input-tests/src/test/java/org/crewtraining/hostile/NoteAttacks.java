package org.crewtraining.hostile;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;

/**
 * Bodies of the commands that carry a reason (cancel, schedule, withdraw) in the shapes a client
 * may send, with free-text notes full of contact details in the shapes a filter tends to miss.
 */
final class NoteAttacks {

  enum Command {
    CANCEL_DRAFT,
    CANCEL_WITH_ENROLLMENT,
    SCHEDULE,
    WITHDRAW
  }

  enum Shape {
    /** A reason code and a note: accepted or refused, but the note never reaches the bus. */
    CODE_AND_NOTE,
    /** A reason code alone: accepted. */
    CODE_ONLY,
    /** The old free-text {@code reason}: refused. */
    OLD_REASON,
    /** A reason code next to the old {@code reason}: refused. */
    CODE_AND_OLD_REASON,
    /** A code that is not one of the enum's symbols: refused. */
    UNKNOWN_CODE,
    /** A code as a number: refused. */
    NUMERIC_CODE;

    boolean mustBeRefused() {
      return this != CODE_AND_NOTE && this != CODE_ONLY;
    }
  }

  private NoteAttacks() {}

  /**
   * Contact details a detector tends to miss; {@code {email}} and {@code {name}} stand for the
   * participant's own registered address and name.
   */
  static Arbitrary<String> notes() {
    Arbitrary<String> shapes =
        Arbitraries.of(
            "Call me: ０１０－１２３４－５６７８",
            "mail kim.seo＠example．org",
            "Ｋｉｍ＠ｅｘａｍｐｌｅ．ｏｒｇ",
            "kim.seo\u200b@example.org",
            "write to kim\u200c.seo@exa\u200dmple.org",
            "phone 010\u200b1234\u200b5678",
            "\u2060+82\u200b10\u200b1234\u200b5678",
            "\"kim seo\"@example.org",
            "\"kim@home\"@example.org please",
            "kim@localhost",
            "reach admin@intranet",
            "{email}",
            "please ask {email} or {name}",
            "{name} moved abroad",
            "kim[at]example[dot]org",
            "+82 10 1234 5678",
            "ｋｉｍ．ｓｅｏ＠ｇｍａｉｌ．ｃｏｍ");
    Arbitrary<String> randomText = Arbitraries.strings().ofMinLength(1).ofMaxLength(120);
    return Arbitraries.frequencyOf(
        net.jqwik.api.Tuple.of(4, shapes), net.jqwik.api.Tuple.of(1, randomText));
  }

  /** The reason fields of a command's body in {@code shape}; the note already personalised. */
  static Map<String, String> reasonFields(Shape shape, String code, String note) {
    Map<String, String> fields = new LinkedHashMap<>();
    switch (shape) {
      case CODE_AND_NOTE -> {
        fields.put("reasonCode", JsonText.quote(code));
        fields.put("note", JsonText.quote(note));
      }
      case CODE_ONLY -> fields.put("reasonCode", JsonText.quote(code));
      case OLD_REASON -> fields.put("reason", JsonText.quote(note));
      case CODE_AND_OLD_REASON -> {
        fields.put("reasonCode", JsonText.quote(code));
        fields.put("reason", JsonText.quote(note));
      }
      case UNKNOWN_CODE -> {
        fields.put("reasonCode", JsonText.quote(" " + code.toLowerCase(java.util.Locale.ROOT)));
        fields.put("note", JsonText.quote(note));
      }
      case NUMERIC_CODE -> fields.put("reasonCode", "0");
    }
    return fields;
  }

  /** The texts that must not be found: the note, and its contact details without the marker. */
  static List<String> needles(String note, String marker) {
    return List.of(note, note.replace(marker, "").strip());
  }
}
