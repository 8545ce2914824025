package org.crewtraining.enrollment.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.crewtraining.events.programs.ApplicationQuestion.AVAILABILITY;
import static org.crewtraining.events.programs.ApplicationQuestion.CAREER_GOAL;
import static org.crewtraining.events.programs.ApplicationQuestion.MOTIVATION;
import static org.crewtraining.events.programs.ApplicationQuestion.PORTFOLIO_LINK;
import static org.crewtraining.events.programs.ApplicationQuestion.UNSPECIFIED;

import java.util.List;
import java.util.Map;
import org.crewtraining.events.programs.ApplicationQuestion;
import org.crewtraining.support.web.InvalidFieldException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class AnswerRulesTest {

  private static final List<ApplicationQuestion> ASKED =
      List.of(MOTIVATION, PORTFOLIO_LINK, AVAILABILITY);

  @Test
  void everyQuestionAnsweredIsKeptStrippedByQuestion() {
    Map<ApplicationQuestion, String> checked =
        AnswerRules.check(
            ASKED,
            Map.of(
                "MOTIVATION", "  배우고 싶습니다 ",
                "PORTFOLIO_LINK", "https://portfolio.example.kr/jisu",
                "AVAILABILITY", "평일 저녁"));

    assertThat(checked)
        .containsExactlyInAnyOrderEntriesOf(
            Map.of(
                MOTIVATION, "배우고 싶습니다",
                PORTFOLIO_LINK, "https://portfolio.example.kr/jisu",
                AVAILABILITY, "평일 저녁"));
  }

  @Test
  void aMissingOrBlankAnswerIsNamed() {
    assertRefused(Map.of("MOTIVATION", "x", "AVAILABILITY", "y"), "answers.PORTFOLIO_LINK");
    assertRefused(
        Map.of("MOTIVATION", " ", "PORTFOLIO_LINK", "https://a.kr", "AVAILABILITY", "y"),
        "answers.MOTIVATION");
  }

  @Test
  void anAnswerToAQuestionNotAskedIsNamed() {
    assertRefused(
        Map.of(
            "MOTIVATION", "x",
            "PORTFOLIO_LINK", "https://a.kr",
            "AVAILABILITY", "y",
            "CAREER_GOAL", "z"),
        "answers.CAREER_GOAL");
    assertRefused(
        Map.of(
            "MOTIVATION", "x", "PORTFOLIO_LINK", "https://a.kr", "AVAILABILITY", "y", "HOBBY", "z"),
        "answers.HOBBY");
  }

  @Test
  void lengthsByKind() {
    String text2000 = "가".repeat(AnswerRules.MAX_TEXT);
    assertThat(AnswerRules.check(List.of(CAREER_GOAL), Map.of("CAREER_GOAL", text2000)))
        .containsEntry(CAREER_GOAL, text2000);
    assertThatThrownBy(
            () -> AnswerRules.check(List.of(CAREER_GOAL), Map.of("CAREER_GOAL", text2000 + "가")))
        .isInstanceOfSatisfying(
            InvalidFieldException.class,
            e -> assertThat(e.field()).isEqualTo("answers.CAREER_GOAL"));
    String text500 = "a".repeat(AnswerRules.MAX_AVAILABILITY);
    assertThat(AnswerRules.check(List.of(AVAILABILITY), Map.of("AVAILABILITY", text500)))
        .containsEntry(AVAILABILITY, text500);
    assertThatThrownBy(
            () -> AnswerRules.check(List.of(AVAILABILITY), Map.of("AVAILABILITY", text500 + "a")))
        .isInstanceOfSatisfying(
            InvalidFieldException.class,
            e -> assertThat(e.field()).isEqualTo("answers.AVAILABILITY"));
    String link = "https://a.kr/" + "p".repeat(AnswerRules.MAX_LINK - "https://a.kr/".length());
    assertThat(AnswerRules.check(List.of(PORTFOLIO_LINK), Map.of("PORTFOLIO_LINK", link)))
        .containsEntry(PORTFOLIO_LINK, link);
    assertThatThrownBy(
            () -> AnswerRules.check(List.of(PORTFOLIO_LINK), Map.of("PORTFOLIO_LINK", link + "p")))
        .isInstanceOf(InvalidFieldException.class);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "http://portfolio.example.kr",
        "portfolio.example.kr",
        "javascript:alert(1)",
        "https://",
        "https:///path",
        "https://user:secret@example.kr",
        "https://exa mple.kr"
      })
  void aPortfolioLinkIsAnHttpsUrl(String link) {
    assertThatThrownBy(
            () -> AnswerRules.check(List.of(PORTFOLIO_LINK), Map.of("PORTFOLIO_LINK", link)))
        .isInstanceOfSatisfying(
            InvalidFieldException.class,
            e -> {
              assertThat(e.field()).isEqualTo("answers.PORTFOLIO_LINK");
              assertThat(e.getMessage()).doesNotContain(link);
            });
  }

  @Test
  void aQuestionThisServiceDoesNotKnowIsNeitherRequiredNorAccepted() {
    assertThat(AnswerRules.check(List.of(UNSPECIFIED, MOTIVATION), Map.of("MOTIVATION", "x")))
        .containsOnlyKeys(MOTIVATION);
    assertThatThrownBy(
            () ->
                AnswerRules.check(
                    List.of(UNSPECIFIED, MOTIVATION),
                    Map.of("MOTIVATION", "x", "UNSPECIFIED", "y")))
        .isInstanceOf(InvalidFieldException.class);
  }

  private static void assertRefused(Map<String, String> answers, String field) {
    assertThatThrownBy(() -> AnswerRules.check(ASKED, answers))
        .isInstanceOfSatisfying(
            InvalidFieldException.class, e -> assertThat(e.field()).isEqualTo(field));
  }
}
