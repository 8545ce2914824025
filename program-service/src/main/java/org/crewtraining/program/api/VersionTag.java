package org.crewtraining.program.api;

/**
 * The programme version as a strong ETag ({@code "3"}), and back from an If-Match header. Only a
 * single tag is understood; {@code *} and absent mean "any version".
 */
final class VersionTag {

  private VersionTag() {}

  static String of(long version) {
    return "\"" + version + "\"";
  }

  static Long parseIfMatch(String header) {
    if (header == null || header.isBlank() || header.strip().equals("*")) {
      return null;
    }
    String tag = header.strip();
    if (tag.startsWith("W/")) {
      tag = tag.substring(2);
    }
    if (tag.length() >= 2 && tag.startsWith("\"") && tag.endsWith("\"")) {
      tag = tag.substring(1, tag.length() - 1);
    }
    try {
      return Long.parseLong(tag);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("If-Match must be a single ETag of this API, like \"3\"");
    }
  }
}
