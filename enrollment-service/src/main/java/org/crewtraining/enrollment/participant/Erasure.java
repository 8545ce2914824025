package org.crewtraining.enrollment.participant;

import java.time.Instant;
import org.crewtraining.events.enrollments.ErasureBasis;
import org.crewtraining.events.enrollments.ErasureReason;

/** When and why a participant's personal data was destroyed; null on a participant not erased. */
public record Erasure(Instant erasedAt, ErasureBasis basis, ErasureReason reasonCode) {}
