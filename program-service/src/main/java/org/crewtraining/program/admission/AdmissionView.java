package org.crewtraining.program.admission;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.crewtraining.events.programs.ApplicationQuestion;
import org.crewtraining.program.programme.AdmissionMode;

/**
 * A programme's admission as the API shows it: the shape the PUT takes, so what a GET answers can
 * be sent back. Instants in Korean time (+09:00), milliseconds only when there are some.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record AdmissionView(
    AdmissionMode mode,
    @Schema(description = "ISO-8601 in Asia/Seoul", type = "string", format = "date-time")
        String applicationsOpenAt,
    @Schema(description = "ISO-8601 in Asia/Seoul", type = "string", format = "date-time")
        String applicationsCloseAt,
    List<ApplicationQuestion> questions,
    List<Quota> quotas,
    Integer offerValidityHours) {

  private static final DateTimeFormatter SECONDS =
      DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ssXXX");
  private static final DateTimeFormatter MILLIS =
      DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSXXX");

  static final AdmissionView FIRST_COME =
      new AdmissionView(AdmissionMode.FIRST_COME, null, null, null, null, null);

  /** The view of a stored admission; FIRST_COME when there is none. */
  static AdmissionView of(AdmissionByApplication admission) {
    if (admission == null) {
      return FIRST_COME;
    }
    return new AdmissionView(
        AdmissionMode.APPLICATION,
        inKorea(admission.applicationsOpenAt()),
        inKorea(admission.applicationsCloseAt()),
        admission.questions(),
        admission.quotas(),
        admission.offerValidityHours());
  }

  private static String inKorea(Instant instant) {
    DateTimeFormatter format = instant.getNano() == 0 ? SECONDS : MILLIS;
    return format.format(instant.atZone(AdmissionCheck.PROGRAMME_ZONE));
  }
}
