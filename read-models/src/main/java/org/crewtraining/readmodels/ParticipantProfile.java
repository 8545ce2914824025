package org.crewtraining.readmodels;

/**
 * Who the participant of an enrollment is, as its confirmation or waitlisting says. {@link
 * #UNKNOWN} (nulls) while only events without it (promotion, progress, outcome) were seen.
 */
public record ParticipantProfile(String participantType, String craft) {

  public static final ParticipantProfile UNKNOWN = new ParticipantProfile(null, null);
}
