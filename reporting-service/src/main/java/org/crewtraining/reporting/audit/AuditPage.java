package org.crewtraining.reporting.audit;

import java.util.List;

/** A page of the trail; {@code nextCursor} is null on the last page. */
public record AuditPage(List<AuditedEvent> items, String nextCursor) {}
