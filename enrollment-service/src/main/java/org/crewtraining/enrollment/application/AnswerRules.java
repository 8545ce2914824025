package org.crewtraining.enrollment.application;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.crewtraining.events.programs.ApplicationQuestion;
import org.crewtraining.support.web.InvalidFieldException;

/**
 * The answers an application must carry: one for every question of the programme and no other, each
 * checked by its kind. Pure. A refusal names the answer ({@code answers.PORTFOLIO_LINK}) but never
 * repeats its text: answers are personal and stay out of responses' errors and logs.
 */
public final class AnswerRules {

  public static final int MAX_TEXT = 2000;
  public static final int MAX_AVAILABILITY = 500;
  public static final int MAX_LINK = 500;

  private AnswerRules() {}

  /**
   * @param questions the programme's questions, in its order
   * @param answers the request's answers by question name
   * @return the answers, stripped, in the programme's question order
   * @throws InvalidFieldException naming the first answer that breaks a rule
   */
  public static Map<ApplicationQuestion, String> check(
      List<ApplicationQuestion> questions, Map<String, String> answers) {
    for (String key : answers.keySet()) {
      if (!asked(questions, key)) {
        throw invalid(key, "is not a question of this programme");
      }
    }
    Map<ApplicationQuestion, String> checked = new LinkedHashMap<>();
    for (ApplicationQuestion question : questions) {
      // A question this service does not know yet cannot be asked of or checked for applicants.
      if (question == ApplicationQuestion.UNSPECIFIED) {
        continue;
      }
      String answer = answers.get(question.name());
      if (answer == null || answer.isBlank()) {
        throw invalid(question.name(), "must be answered");
      }
      String stripped = answer.strip();
      checkKind(question, stripped);
      checked.put(question, stripped);
    }
    return checked;
  }

  private static boolean asked(List<ApplicationQuestion> questions, String key) {
    return questions.stream()
        .anyMatch(q -> q != ApplicationQuestion.UNSPECIFIED && q.name().equals(key));
  }

  private static void checkKind(ApplicationQuestion question, String answer) {
    switch (question) {
      case PORTFOLIO_LINK -> {
        requireAtMost(question, answer, MAX_LINK);
        if (!isHttpsUrl(answer)) {
          throw invalid(question.name(), "must be an https URL");
        }
      }
      case AVAILABILITY -> requireAtMost(question, answer, MAX_AVAILABILITY);
      default -> requireAtMost(question, answer, MAX_TEXT);
    }
  }

  private static void requireAtMost(ApplicationQuestion question, String answer, int max) {
    if (answer.length() > max) {
      throw invalid(question.name(), "must be at most " + max + " characters");
    }
  }

  static boolean isHttpsUrl(String text) {
    try {
      URI uri = new URI(text);
      return uri.getScheme() != null
          && uri.getScheme().toLowerCase(Locale.ROOT).equals("https")
          && uri.getHost() != null
          && !uri.getHost().isEmpty()
          && uri.getUserInfo() == null;
    } catch (URISyntaxException e) {
      return false;
    }
  }

  private static InvalidFieldException invalid(String key, String message) {
    return new InvalidFieldException("answers." + key, message);
  }
}
