package org.crewtraining.support.testing;

import java.io.IOException;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.NetworkInterface;
import java.net.SocketException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One scrape of a service's {@code /actuator/prometheus} on its management port, as Prometheus does
 * it: plain HTTP, no credentials. Parses the text format into samples to assert on.
 */
public final class PrometheusScrape {

  private static final HttpClient CLIENT =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
  private static final Pattern SAMPLE =
      Pattern.compile("^([a-zA-Z_:][a-zA-Z0-9_:]*)(?:\\{(.*)})?\\s+(\\S+)(?:\\s+\\S+)?$");
  private static final Pattern LABEL =
      Pattern.compile("([a-zA-Z_][a-zA-Z0-9_]*)=\"((?:[^\"\\\\]|\\\\.)*)\"");

  /** One line of the exposition: metric name, labels, value. */
  public record Sample(String name, Map<String, String> labels, double value) {}

  private final List<Sample> samples;

  private PrometheusScrape(List<Sample> samples) {
    this.samples = samples;
  }

  /** Scrapes {@code http://127.0.0.1:<managementPort>/actuator/prometheus}; fails unless 200. */
  public static PrometheusScrape of(int managementPort) {
    HttpResponse<String> response = get("127.0.0.1", managementPort, "/actuator/prometheus", null);
    if (response.statusCode() != 200) {
      throw new AssertionError("scrape answered " + response.statusCode() + ": " + response.body());
    }
    return parse(response.body());
  }

  static PrometheusScrape parse(String text) {
    List<Sample> samples = new ArrayList<>();
    for (String line : text.split("\n")) {
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      Matcher m = SAMPLE.matcher(line.strip());
      if (!m.matches()) {
        throw new AssertionError("not a sample line: " + line);
      }
      Map<String, String> labels = new LinkedHashMap<>();
      if (m.group(2) != null) {
        Matcher l = LABEL.matcher(m.group(2));
        while (l.find()) {
          labels.put(l.group(1), l.group(2));
        }
      }
      samples.add(new Sample(m.group(1), labels, Double.parseDouble(m.group(3))));
    }
    return new PrometheusScrape(List.copyOf(samples));
  }

  /** Samples of this metric whose labels include {@code labels} (name/value pairs). */
  public List<Sample> series(String name, String... labels) {
    return samples.stream()
        .filter(s -> s.name().equals(name))
        .filter(s -> hasLabels(s, labels))
        .toList();
  }

  /** Samples whose name starts with {@code prefix} and whose labels include {@code labels}. */
  public List<Sample> seriesStartingWith(String prefix, String... labels) {
    return samples.stream()
        .filter(s -> s.name().startsWith(prefix))
        .filter(s -> hasLabels(s, labels))
        .toList();
  }

  /** The value of the one sample of {@code name} with these labels; fails if there is none. */
  public double value(String name, String... labels) {
    List<Sample> found = series(name, labels);
    if (found.size() != 1) {
      throw new AssertionError(
          found.size() + " samples of " + name + " with " + List.of(labels) + ": " + found);
    }
    return found.get(0).value();
  }

  private static boolean hasLabels(Sample sample, String... labels) {
    for (int i = 0; i < labels.length; i += 2) {
      if (!labels[i + 1].equals(sample.labels().get(labels[i]))) {
        return false;
      }
    }
    return true;
  }

  /**
   * GET {@code path} at {@code host:port}, optionally with an Authorization header value; for the
   * network checks (a host address that is not loopback) and the application port.
   */
  public static HttpResponse<String> get(String host, int port, String path, String authorization) {
    String literal = host.contains(":") ? "[" + host + "]" : host;
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create("http://" + literal + ":" + port + path))
            .timeout(Duration.ofSeconds(30));
    if (authorization != null) {
      request.header("Authorization", authorization);
    }
    try {
      return CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /**
   * An address of this host outside the loopback network (an IPv4 one if there is one): a request
   * to it from here arrives from that address, so it stands for a client on another network.
   */
  public static Optional<String> nonLoopbackAddress() {
    try {
      List<InetAddress> candidates = new ArrayList<>();
      for (NetworkInterface nic : Collections.list(NetworkInterface.getNetworkInterfaces())) {
        if (nic.isUp() && !nic.isLoopback()) {
          for (InetAddress address : Collections.list(nic.getInetAddresses())) {
            if (!address.isLoopbackAddress() && !address.isLinkLocalAddress()) {
              candidates.add(address);
            }
          }
        }
      }
      candidates.sort(
          (a, b) -> Boolean.compare(a instanceof Inet6Address, b instanceof Inet6Address));
      return candidates.stream().findFirst().map(InetAddress::getHostAddress);
    } catch (SocketException e) {
      return Optional.empty();
    }
  }
}
