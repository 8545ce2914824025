package org.crewtraining.enrollment.offer;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Locale;

/**
 * The code an applicant answers an offer with, without an account: read out or typed from a letter,
 * so only characters nobody confuses (no 0/O, 1/I/L), and compared in constant time so the answer
 * time says nothing about how much of a guess was right.
 */
final class OfferCodes {

  static final String ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";

  /** 31^12, about 2^59: guessing one is hopeless. */
  static final int LENGTH = 12;

  private static final SecureRandom RANDOM = new SecureRandom();

  private OfferCodes() {}

  static String next() {
    StringBuilder code = new StringBuilder(LENGTH);
    for (int i = 0; i < LENGTH; i++) {
      code.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
    }
    return code.toString();
  }

  /** Whether {@code given} is the offer's code; letter case and surrounding blanks do not count. */
  static boolean matches(String stored, String given) {
    if (stored == null || given == null) {
      return false;
    }
    return MessageDigest.isEqual(
        stored.getBytes(StandardCharsets.US_ASCII),
        given.strip().toUpperCase(Locale.ROOT).getBytes(StandardCharsets.US_ASCII));
  }
}
