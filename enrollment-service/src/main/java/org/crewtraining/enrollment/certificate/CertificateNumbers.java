package org.crewtraining.enrollment.certificate;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Locale;
import org.springframework.stereotype.Component;

/**
 * Public certificate numbers and verification codes: random, from an alphabet without look-alikes
 * (no 0/O, 1/I), so they can be read off paper and typed back. A number ({@code CT-2024-7KQM-3XHP})
 * carries 40 random bits, a code 80: numbers are public but not enumerable, and codes cannot be
 * guessed at any rate a server answers.
 */
@Component
class CertificateNumbers {

  static final String ALPHABET = "23456789ABCDEFGHJKLMNPQRSTUVWXYZ";

  /** Longer input is no code of ours: not normalised, never matches. */
  private static final int MAX_CODE_INPUT = 64;

  private final SecureRandom random = new SecureRandom();

  /** {@code CT-<year>-XXXX-XXXX}. */
  String certificateId(int issueYear) {
    return "CT-" + issueYear + "-" + group(4) + "-" + group(4);
  }

  /** {@code XXXX-XXXX-XXXX-XXXX}, shown once and printed on the certificate. */
  String verificationCode() {
    return group(4) + "-" + group(4) + "-" + group(4) + "-" + group(4);
  }

  /**
   * SHA-256 of the normalised code. A plain hash is enough: the code has 80 random bits, so no
   * dictionary or brute force reverses it, unlike a password that needs a slow hash.
   */
  static String hash(String code) {
    try {
      byte[] digest =
          MessageDigest.getInstance("SHA-256")
              .digest(normalise(code).getBytes(StandardCharsets.US_ASCII));
      return HexFormat.of().formatHex(digest);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Whether {@code code} (as typed: any case, with or without dashes) hashes to {@code hash}. */
  static boolean matches(String code, String hash) {
    if (code == null || hash == null || code.length() > MAX_CODE_INPUT) {
      return false;
    }
    return MessageDigest.isEqual(
        hash(code).getBytes(StandardCharsets.US_ASCII), hash.getBytes(StandardCharsets.US_ASCII));
  }

  /** Upper case, without dashes or spaces: how the code was typed does not matter. */
  static String normalise(String code) {
    return code.replaceAll("[\\s-]", "").toUpperCase(Locale.ROOT);
  }

  private String group(int length) {
    StringBuilder group = new StringBuilder(length);
    for (int i = 0; i < length; i++) {
      group.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
    }
    return group.toString();
  }
}
