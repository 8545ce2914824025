package org.crewtraining.support.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;
import tools.jackson.databind.json.JsonMapper;

/**
 * Refuses request bodies over the limit: at once when Content-Length says so, otherwise when the
 * reader passes the limit (chunked uploads), before anything is parsed or written.
 */
public class RequestBodyLimitFilter extends OncePerRequestFilter {

  private final long limitBytes;
  private final JsonMapper jsonMapper;

  public RequestBodyLimitFilter(long limitBytes, JsonMapper jsonMapper) {
    this.limitBytes = limitBytes;
    this.jsonMapper = jsonMapper;
  }

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    if (request.getContentLengthLong() > limitBytes) {
      response.setStatus(HttpStatus.CONTENT_TOO_LARGE.value());
      response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
      jsonMapper.writeValue(
          response.getOutputStream(),
          ApiExceptionHandler.problem(
              HttpStatus.CONTENT_TOO_LARGE,
              "payload-too-large",
              new PayloadTooLargeException(limitBytes).getMessage()));
      return;
    }
    chain.doFilter(new LimitedRequest(request, limitBytes), response);
  }

  private static final class LimitedRequest extends HttpServletRequestWrapper {
    private final long limit;

    LimitedRequest(HttpServletRequest request, long limit) {
      super(request);
      this.limit = limit;
    }

    @Override
    public ServletInputStream getInputStream() throws IOException {
      ServletInputStream delegate = super.getInputStream();
      return new ServletInputStream() {
        private long read;

        @Override
        public int read() throws IOException {
          int b = delegate.read();
          if (b >= 0) {
            count(1);
          }
          return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
          int n = delegate.read(buffer, offset, length);
          if (n > 0) {
            count(n);
          }
          return n;
        }

        private void count(int n) throws PayloadTooLargeException {
          read += n;
          if (read > limit) {
            throw new PayloadTooLargeException(limit);
          }
        }

        @Override
        public boolean isFinished() {
          return delegate.isFinished();
        }

        @Override
        public boolean isReady() {
          return delegate.isReady();
        }

        @Override
        public void setReadListener(ReadListener listener) {
          delegate.setReadListener(listener);
        }
      };
    }
  }
}
