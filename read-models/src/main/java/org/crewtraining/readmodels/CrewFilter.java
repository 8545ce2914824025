package org.crewtraining.readmodels;

/**
 * Which enrollments a distinct-crew count looks at; every part is optional (null means "any").
 * Programme parts (years, partner, format, track) are the programme's ProgramCreated attributes, so
 * when any is given, enrollments of a programme not created yet (a stub) never match.
 *
 * @param fromYear lowest cohort year, inclusive
 * @param toYear highest cohort year, inclusive
 * @param partner one of the programme's partners
 * @param format the programme's format (ProgramFormat symbol)
 * @param track the programme's craft track (CraftTrack symbol)
 * @param participantType the participant type the enrollment was confirmed or waitlisted with
 *     (ParticipantType symbol)
 */
public record CrewFilter(
    Integer fromYear,
    Integer toYear,
    String partner,
    String format,
    String track,
    String participantType) {

  public static final CrewFilter ANY = new CrewFilter(null, null, null, null, null, null);

  /** The same filter restricted to cohort years {@code from}..{@code to} (either may be null). */
  public CrewFilter years(Integer from, Integer to) {
    return new CrewFilter(from, to, partner, format, track, participantType);
  }

  boolean matches(ProgramState program, EnrollmentState enrollment) {
    ProgramCatalogue c = program.catalogue();
    Integer year = c.cohortYear();
    return (fromYear == null || (year != null && year >= fromYear))
        && (toYear == null || (year != null && year <= toYear))
        && (partner == null || c.partners().contains(partner))
        && (format == null || format.equals(c.format()))
        && (track == null || track.equals(c.track()))
        && (participantType == null
            || participantType.equals(enrollment.participant().participantType()));
  }
}
