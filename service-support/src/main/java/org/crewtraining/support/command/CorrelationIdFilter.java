package org.crewtraining.support.command;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.UUID;
import org.crewtraining.support.logging.EventLogContext;
import org.slf4j.MDC;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Fixes a request's correlation id before anything else runs: the {@value
 * CommandHeaders#CORRELATION_ID} header, or a new UUID when absent. Every log line written while
 * the request is handled names it ({@value EventLogContext#CORRELATION_ID} in the MDC), the events
 * the request causes carry the same id ({@link CommandContext}), and the response returns it so a
 * caller can quote it. An over-long header is left to {@link CommandContext#of} to refuse (400).
 */
public class CorrelationIdFilter extends OncePerRequestFilter {

  /** Request attribute holding the id {@link CommandContext} takes. */
  public static final String ATTRIBUTE = CorrelationIdFilter.class.getName() + ".id";

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    String header = request.getHeader(CommandHeaders.CORRELATION_ID);
    String id = header == null || header.isBlank() ? UUID.randomUUID().toString() : header.strip();
    if (id.length() > CommandContext.MAX_LENGTH) {
      chain.doFilter(request, response);
      return;
    }
    request.setAttribute(ATTRIBUTE, id);
    response.setHeader(CommandHeaders.CORRELATION_ID, id);
    String outer = MDC.get(EventLogContext.CORRELATION_ID);
    MDC.put(EventLogContext.CORRELATION_ID, id);
    try {
      chain.doFilter(request, response);
    } finally {
      if (outer == null) {
        MDC.remove(EventLogContext.CORRELATION_ID);
      } else {
        MDC.put(EventLogContext.CORRELATION_ID, outer);
      }
    }
  }
}
