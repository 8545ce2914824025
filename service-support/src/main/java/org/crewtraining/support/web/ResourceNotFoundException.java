package org.crewtraining.support.web;

/** An id in the request names nothing we know: answered with 404 problem+json. */
public class ResourceNotFoundException extends RuntimeException {

  public ResourceNotFoundException(String resource, String id) {
    super(resource + " " + id + " does not exist");
  }
}
