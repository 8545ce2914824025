package org.crewtraining.enrollment.erasure;

import java.time.Instant;
import org.crewtraining.events.enrollments.ErasureBasis;
import org.crewtraining.events.enrollments.ErasureReason;

/** What an erasure did: the same answer every time it is asked again. */
public record ErasureResult(
    String participantId, Instant erasedAt, ErasureBasis basis, ErasureReason reasonCode) {}
