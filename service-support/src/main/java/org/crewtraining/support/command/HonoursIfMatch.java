package org.crewtraining.support.command;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a {@link CommandHeaders} parameter of an endpoint that makes the change conditional on
 * {@code If-Match}, so the API documentation lists that header for this endpoint only.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.PARAMETER)
public @interface HonoursIfMatch {}
