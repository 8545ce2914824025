package org.crewtraining.hostile;

import java.time.LocalDate;
import java.util.List;

/**
 * The reason codes each reason-carrying command takes, as the services' OpenAPI documents list
 * them. A command that lists none (the contract not yet in place) is sent {@link #PLACEHOLDER}.
 */
final class Contract {

  static final String PLACEHOLDER = "OTHER";

  private final List<String> cancelCodes;
  private final List<String> scheduleCodes;
  private final List<String> withdrawCodes;

  private Contract(List<String> cancel, List<String> schedule, List<String> withdraw) {
    this.cancelCodes = usable(cancel);
    this.scheduleCodes = usable(schedule);
    this.withdrawCodes = usable(withdraw);
  }

  static Contract of(Services s) {
    return new Contract(
        ReasonCodes.of(s, s.programUrl, "POST", "/programs/{programId}/cancel"),
        ReasonCodes.of(s, s.programUrl, "PUT", "/programs/{programId}/schedule"),
        ReasonCodes.of(s, s.enrollmentUrl, "POST", "/enrollments/{enrollmentId}/withdrawal"));
  }

  List<String> codes(NoteAttacks.Command command) {
    return switch (command) {
      case CANCEL_DRAFT, CANCEL_WITH_ENROLLMENT -> cancelCodes;
      case SCHEDULE -> scheduleCodes;
      case WITHDRAW -> withdrawCodes;
    };
  }

  /** A valid schedule change: the dates, and a reason code if the endpoint takes one. */
  String scheduleBody(LocalDate start, LocalDate end) {
    String dates = "{\"startDate\":\"" + start + "\",\"endDate\":\"" + end + "\"";
    return scheduleCodes.equals(List.of(PLACEHOLDER))
        ? dates + "}"
        : dates + ",\"reasonCode\":\"" + scheduleCodes.get(0) + "\"}";
  }

  /** A valid cancellation body. */
  String cancelBody() {
    return cancelCodes.equals(List.of(PLACEHOLDER))
        ? "{\"reason\":\"Venue unavailable\"}"
        : "{\"reasonCode\":\"" + cancelCodes.get(0) + "\"}";
  }

  /** The symbols a client would choose; the enum's catch-all default is for old readers. */
  private static List<String> usable(List<String> symbols) {
    List<String> chosen = symbols.stream().filter(s -> !s.equals("UNKNOWN") && !s.equals("UNSPECIFIED")).toList();
    return chosen.isEmpty() ? List.of(PLACEHOLDER) : chosen;
  }
}
