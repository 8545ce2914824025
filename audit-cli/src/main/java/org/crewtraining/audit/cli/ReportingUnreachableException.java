package org.crewtraining.audit.cli;

/** reporting-service did not answer: said plainly, with what to do about it. */
public class ReportingUnreachableException extends RuntimeException {

  public ReportingUnreachableException(String url, Throwable cause) {
    super(
        "cannot reach reporting-service at "
            + url
            + " ("
            + (cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage())
            + "). Is it running? Start it with bin/run, or pass --reporting-url"
            + " (API) or --reporting-management-url (its consumer lag).");
  }
}
