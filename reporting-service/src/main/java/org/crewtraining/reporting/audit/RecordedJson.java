package org.crewtraining.reporting.audit;

import org.apache.avro.specific.SpecificRecord;
import org.crewtraining.contracts.EventCodec;
import org.crewtraining.contracts.EventJson;
import org.springframework.stereotype.Component;

/**
 * The JSON view of a recorded event, rendered from its original bytes when the trail is read: the
 * trail stores the bytes only (ADR 0008), decoded the way the projection decoded them when it
 * recorded the event.
 */
@Component
public class RecordedJson {

  private final EventCodec codec;

  public RecordedJson(EventCodec codec) {
    this.codec = codec;
  }

  /**
   * The event the bytes hold, as JSON.
   *
   * @throws org.crewtraining.contracts.EventDecodingException if they hold no event: never for what
   *     the projection recorded, which it had decoded
   */
  public String render(byte[] raw) {
    return of(codec.decode(raw));
  }

  /**
   * An event as JSON, exactly as the trail showed it when it stored the JSON (V2–V5): jsonb refused
   * an escaped NUL, so the view has U+FFFD there; the exact text is in the bytes.
   */
  public static String of(SpecificRecord event) {
    return EventJson.toJson(event).replace("\\u0000", "\\ufffd");
  }
}
