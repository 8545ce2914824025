package org.crewtraining.enrollment.participant;

import jakarta.validation.constraints.Size;
import org.crewtraining.support.web.InvalidFieldException;

/**
 * Find a returning participant by e-mail or by name: exact, whatever the letter case, one of the
 * two. Sent in a body, never in the URL, so no address or name lands in an access log.
 */
public record ParticipantSearch(@Size(max = 254) String email, @Size(max = 200) String name) {

  /** At most this many participants answer a name (namesakes); an e-mail answers at most one. */
  static final int MAX_RESULTS = 50;

  ParticipantSearch checked() {
    boolean byEmail = email != null && !email.isBlank();
    boolean byName = name != null && !name.isBlank();
    if (byEmail == byName) {
      throw new InvalidFieldException(
          byEmail ? "name" : "email", "give exactly one of email and name");
    }
    return new ParticipantSearch(byEmail ? email.strip() : null, byName ? name.strip() : null);
  }
}
