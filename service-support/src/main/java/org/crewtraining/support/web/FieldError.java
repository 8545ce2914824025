package org.crewtraining.support.web;

/** One rejected field of a request, listed in the {@code errors} member of a problem body. */
public record FieldError(String field, String message) {}
