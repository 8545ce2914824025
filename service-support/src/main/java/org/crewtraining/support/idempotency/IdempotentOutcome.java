package org.crewtraining.support.idempotency;

/**
 * @param body the response of the first request with this key
 * @param replayed true when this is a retry answered from the stored response
 */
public record IdempotentOutcome<T>(T body, boolean replayed) {}
