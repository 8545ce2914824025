package org.crewtraining.program.admission;

import static org.crewtraining.program.programme.ProgramStatus.DRAFT;

import org.crewtraining.program.programme.ProgramStatus;
import org.crewtraining.support.web.StateConflictException;

/**
 * Which programme states allow setting the admission: only DRAFT, because ProgramPublished freezes
 * it. Pure, so the whole table is covered by a unit test ({@code AdmissionRulesTest}).
 */
public final class AdmissionRules {

  private AdmissionRules() {}

  public static boolean allowsSetting(ProgramStatus programme) {
    return programme == DRAFT;
  }

  /**
   * @throws StateConflictException (409 {@code admission-frozen}) unless the programme is DRAFT
   */
  public static void checkSetting(ProgramStatus programme) {
    if (!allowsSetting(programme)) {
      throw new StateConflictException(
          "admission-frozen",
          "The admission can only change while the programme is DRAFT (frozen once published);"
              + " this one is "
              + programme);
    }
  }
}
