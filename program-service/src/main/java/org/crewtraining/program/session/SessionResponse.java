package org.crewtraining.program.session;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonUnwrapped;

/**
 * One session and the version of its programme after the change (also the ETag), so a client can
 * send the next change with If-Match.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record SessionResponse(String programId, @JsonUnwrapped Session session, long version) {}
