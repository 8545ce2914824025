package org.crewtraining.contracts;

import org.apache.avro.util.ClassSecurityValidator;

/**
 * Avro 1.12 refuses to instantiate generated classes from packages it does not trust. Our event
 * classes live under one package prefix; trusting exactly that prefix, once, keeps every decoder in
 * every service working without a JVM flag.
 */
public final class AvroTrust {

  /** Package prefix of every generated event class. */
  public static final String EVENTS_PACKAGE_PREFIX = "org.crewtraining.events.";

  private static volatile boolean installed;

  private AvroTrust() {}

  public static void ensureInstalled() {
    if (installed) {
      return;
    }
    synchronized (AvroTrust.class) {
      if (!installed) {
        ClassSecurityValidator.setGlobal(
            ClassSecurityValidator.composite(
                ClassSecurityValidator.getGlobal(),
                type -> type.getName().startsWith(EVENTS_PACKAGE_PREFIX)));
        installed = true;
      }
    }
  }
}
