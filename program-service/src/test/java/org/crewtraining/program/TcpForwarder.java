package org.crewtraining.program;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Makes a fixed address reachable later: nothing listens on it until {@link #forwardTo} is called,
 * then every connection is piped to the target. Stands in for "the broker comes back at the address
 * the service was configured with", because the embedded KRaft broker of spring-kafka-test 4.0.6
 * ignores {@code kafkaPorts} and always listens on a port of its own choosing.
 */
final class TcpForwarder implements AutoCloseable {

  private final int port;
  private final List<Socket> sockets = new CopyOnWriteArrayList<>();
  private ServerSocket server;

  TcpForwarder() throws IOException {
    try (ServerSocket probe = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
      this.port = probe.getLocalPort(); // free now; nothing listens here until forwardTo
    }
  }

  String address() {
    return "127.0.0.1:" + port;
  }

  void forwardTo(String hostAndPort) throws IOException {
    String host = hostAndPort.substring(0, hostAndPort.lastIndexOf(':'));
    int targetPort = Integer.parseInt(hostAndPort.substring(hostAndPort.lastIndexOf(':') + 1));
    server = new ServerSocket();
    server.setReuseAddress(true);
    server.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port));
    daemon(
        () -> {
          while (!server.isClosed()) {
            try {
              Socket client = server.accept();
              Socket target = new Socket(host, targetPort);
              sockets.add(client);
              sockets.add(target);
              pipe(client, target);
              pipe(target, client);
            } catch (IOException e) {
              // closed, or the target refused: the client sees a dropped connection
            }
          }
        });
  }

  private void pipe(Socket from, Socket to) {
    daemon(
        () -> {
          try (InputStream in = from.getInputStream();
              OutputStream out = to.getOutputStream()) {
            in.transferTo(out);
          } catch (IOException e) {
            // one side closed
          } finally {
            closeQuietly(from);
            closeQuietly(to);
          }
        });
  }

  private static void daemon(Runnable task) {
    Thread thread = new Thread(task, "tcp-forwarder");
    thread.setDaemon(true);
    thread.start();
  }

  @Override
  public void close() {
    if (server != null) {
      closeQuietly(server);
    }
    sockets.forEach(TcpForwarder::closeQuietly);
  }

  private static void closeQuietly(AutoCloseable closeable) {
    try {
      closeable.close();
    } catch (Exception e) {
      // nothing left to do
    }
  }
}
