package org.crewtraining.support.web;

import java.io.IOException;

/** Request body over the configured limit: 413 problem+json. */
public class PayloadTooLargeException extends IOException {

  public PayloadTooLargeException(long limitBytes) {
    super("Request body exceeds " + limitBytes + " bytes");
  }
}
