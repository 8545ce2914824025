package org.crewtraining.hostile;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * HTTP/1.1 over a plain socket, for requests no well-behaved client sends: malformed paths and
 * headers, a negative Content-Length, unknown methods.
 */
final class RawHttp {

  private RawHttp() {}

  record Response(int status, Map<String, String> headers, String body) implements Answer {

    @Override
    public boolean isProblem() {
      return headers
          .getOrDefault("content-type", "")
          .toLowerCase(Locale.ROOT)
          .startsWith("application/problem+json");
    }

    @Override
    public String describe() {
      return status + " " + headers + " " + body.substring(0, Math.min(body.length(), 500));
    }
  }

  /**
   * Sends {@code head} (request line and headers, without Host and Connection, lines separated by
   * CRLF) and {@code body} as they are to the service at {@code baseUrl}.
   */
  static Response send(String baseUrl, String head, byte[] body) {
    URI uri = URI.create(baseUrl);
    try (Socket socket = new Socket(uri.getHost(), uri.getPort())) {
      socket.setSoTimeout(15_000);
      OutputStream out = socket.getOutputStream();
      String request =
          head
              + "\r\nHost: "
              + uri.getHost()
              + ":"
              + uri.getPort()
              + "\r\nConnection: close\r\n\r\n";
      out.write(request.getBytes(StandardCharsets.ISO_8859_1));
      out.write(body);
      out.flush();
      return parse(readAll(socket.getInputStream()));
    } catch (IOException e) {
      throw new IllegalStateException(head, e);
    }
  }

  private static byte[] readAll(InputStream in) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    byte[] buffer = new byte[8192];
    try {
      for (int n; (n = in.read(buffer)) > 0; ) {
        bytes.write(buffer, 0, n);
      }
    } catch (java.net.SocketException reset) {
      // The server may close without reading the rest of what it refused; its answer came first.
    }
    return bytes.toByteArray();
  }

  private static Response parse(byte[] raw) {
    String text = new String(raw, StandardCharsets.ISO_8859_1);
    int end = text.indexOf("\r\n\r\n");
    if (end < 0) {
      // No answer at all counts as a server failure, not as a refusal.
      return new Response(599, Map.of(), text);
    }
    String[] lines = text.substring(0, end).split("\r\n");
    int status = Integer.parseInt(lines[0].split(" ")[1]);
    Map<String, String> headers = new LinkedHashMap<>();
    for (int i = 1; i < lines.length; i++) {
      int colon = lines[i].indexOf(':');
      headers.merge(
          lines[i].substring(0, colon).trim().toLowerCase(Locale.ROOT),
          lines[i].substring(colon + 1).trim(),
          (a, b) -> a + ", " + b);
    }
    String body = new String(raw, end + 4, raw.length - end - 4, StandardCharsets.UTF_8);
    return new Response(status, headers, body);
  }
}
