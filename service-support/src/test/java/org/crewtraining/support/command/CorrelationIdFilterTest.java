package org.crewtraining.support.command;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import org.crewtraining.support.logging.EventLogContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.slf4j.MDC;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

class CorrelationIdFilterTest {

  private final CorrelationIdFilter filter = new CorrelationIdFilter();
  private final MockHttpServletRequest request = new MockHttpServletRequest("POST", "/api/x");
  private final MockHttpServletResponse response = new MockHttpServletResponse();
  private final Map<String, Object> seenInside = new HashMap<>();

  @AfterEach
  void clearMdc() {
    MDC.clear();
  }

  @Test
  void theCallersIdNamesTheRequestsLinesItsCommandAndTheResponse() throws Exception {
    request.addHeader(CommandHeaders.CORRELATION_ID, "  batch-2024-07 ");

    run();

    assertThat(seenInside)
        .containsEntry("mdc", "batch-2024-07")
        .containsEntry("attribute", "batch-2024-07");
    assertThat(response.getHeader(CommandHeaders.CORRELATION_ID)).isEqualTo("batch-2024-07");
    assertThat(MDC.get(EventLogContext.CORRELATION_ID)).isNull();
  }

  @Test
  void withoutAHeaderOneIdIsMadeAndUsedEverywhere() throws Exception {
    run();

    assertThat(seenInside.get("mdc")).isNotNull().isEqualTo(seenInside.get("attribute"));
    assertThat(response.getHeader(CommandHeaders.CORRELATION_ID)).isEqualTo(seenInside.get("mdc"));
  }

  @Test
  void anOverLongIdIsLeftForTheCommandToRefuse() throws Exception {
    request.addHeader(CommandHeaders.CORRELATION_ID, "x".repeat(CommandContext.MAX_LENGTH + 1));

    run();

    assertThat(seenInside).containsEntry("mdc", null).containsEntry("attribute", null);
    assertThat(response.getHeader(CommandHeaders.CORRELATION_ID)).isNull();
  }

  @Test
  void anOuterCorrelationIdIsBackAfterwards() throws Exception {
    MDC.put(EventLogContext.CORRELATION_ID, "outer");
    request.addHeader(CommandHeaders.CORRELATION_ID, "inner");

    run();

    assertThat(seenInside).containsEntry("mdc", "inner");
    assertThat(MDC.get(EventLogContext.CORRELATION_ID)).isEqualTo("outer");
  }

  private void run() throws Exception {
    filter.doFilter(
        request,
        response,
        (req, res) -> {
          seenInside.put("mdc", MDC.get(EventLogContext.CORRELATION_ID));
          seenInside.put("attribute", req.getAttribute(CorrelationIdFilter.ATTRIBUTE));
        });
  }
}
