package org.crewtraining.readmodels.manifest;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The digest of a report: SHA-256 over its canonical bytes, in lower-case hex.
 *
 * @param canonicalForm the form the bytes were in ({@link CanonicalReport#canonicalForm})
 */
public record ReportDigest(String canonicalForm, String algorithm, String value) {

  public static final String SHA_256 = "SHA-256";

  public static ReportDigest of(CanonicalReport report) {
    return new ReportDigest(report.canonicalForm(), SHA_256, sha256(report.canonicalBytes()));
  }

  static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance(SHA_256).digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("Every JVM has SHA-256", e);
    }
  }
}
