package org.crewtraining.enrollment.offer;

/**
 * The code is not the offer's (or there is no such offer): 403, the same answer either way, so
 * guessing reveals nothing about which applications exist.
 */
class OfferCodeInvalidException extends RuntimeException {

  OfferCodeInvalidException() {
    super("This code does not answer this offer");
  }
}
