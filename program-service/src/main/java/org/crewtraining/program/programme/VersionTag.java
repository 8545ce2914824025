package org.crewtraining.program.programme;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.crewtraining.support.command.CommandHeaders;
import org.crewtraining.support.web.ApiExceptionHandler;
import org.crewtraining.support.web.FieldError;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/**
 * The programme version as a strong ETag ({@code "3"}), and back from an If-Match header.
 *
 * <p>If-Match is read strictly: absent or {@code *} means any version; otherwise it must be one
 * strong entity-tag exactly as this API issues it (a quoted version number, no leading zeros).
 *
 * <ul>
 *   <li>A weak tag ({@code W/"3"}) is well-formed but, by RFC 9110 §13.1.1, If-Match uses the
 *       strong comparison function, under which a weak tag never matches: the precondition is
 *       false, so the answer is 412, not a change to whatever version is current.
 *   <li>Anything else (a bare {@code 3}, {@code "03"}, several tags, an empty value, junk) is no
 *       entity-tag this API issued: 400 naming If-Match, rather than guessing what was meant.
 * </ul>
 */
public final class VersionTag {

  private static final Pattern STRONG = Pattern.compile("\"(0|[1-9][0-9]{0,18})\"");
  private static final Pattern WEAK = Pattern.compile("W/\"[\\x21\\x23-\\x7E\\x80-\\xFF]*\"");

  private VersionTag() {}

  public static String of(long version) {
    return "\"" + version + "\"";
  }

  /** The version If-Match requires, or null when any version will do. */
  public static Long parseIfMatch(String header) {
    if (header == null) {
      return null;
    }
    String tag = header.strip();
    if (tag.equals("*")) {
      return null;
    }
    Matcher strong = STRONG.matcher(tag);
    if (strong.matches()) {
      try {
        return Long.parseLong(strong.group(1));
      } catch (NumberFormatException tooLarge) {
        throw refused(HttpStatus.BAD_REQUEST, "invalid-request", "is not a version of this API");
      }
    }
    if (WEAK.matcher(tag).matches()) {
      throw refused(
          HttpStatus.PRECONDITION_FAILED,
          "weak-etag",
          "a weak tag never matches: If-Match uses strong comparison; send the ETag as issued,"
              + " like \"3\"");
    }
    throw refused(
        HttpStatus.BAD_REQUEST, "invalid-request", "must be * or one ETag of this API, like \"3\"");
  }

  private static ErrorResponseException refused(HttpStatus status, String code, String message) {
    ProblemDetail problem =
        ApiExceptionHandler.problem(status, code, CommandHeaders.IF_MATCH + " " + message);
    problem.setProperty("errors", List.of(new FieldError(CommandHeaders.IF_MATCH, message)));
    return new ErrorResponseException(status, problem, null);
  }
}
