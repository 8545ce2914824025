package org.crewtraining.enrollment.retention;

import java.time.LocalDate;
import java.util.Set;
import org.crewtraining.enrollment.consent.ConsentPurpose;

/**
 * A participant not erased, with the last day the data served its purpose (their last programme's
 * end, or their registration) and the optional purposes whose consent holds now.
 */
record RetentionCandidate(String participantId, LocalDate lastUse, Set<ConsentPurpose> held) {}
