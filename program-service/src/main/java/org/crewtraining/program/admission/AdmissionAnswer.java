package org.crewtraining.program.admission;

/**
 * The admission and the programme version it is part of. The version is the ETag, not part of the
 * body; this is what an Idempotency-Key replays, so the replay has both.
 */
public record AdmissionAnswer(AdmissionView admission, long version) {}
