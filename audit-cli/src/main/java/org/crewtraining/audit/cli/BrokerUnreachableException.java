package org.crewtraining.audit.cli;

/** The broker did not answer: the tool says so instead of hanging. */
public class BrokerUnreachableException extends RuntimeException {

  public BrokerUnreachableException(String bootstrap, Throwable cause) {
    super(
        "cannot reach Kafka at "
            + bootstrap
            + " ("
            + (cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage())
            + "). Is the broker running? Start one with bin/kafka-broker start, or pass --bootstrap.");
  }
}
