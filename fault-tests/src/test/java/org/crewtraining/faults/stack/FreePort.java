package org.crewtraining.faults.stack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Ports on 127.0.0.1 for the stack's processes, so runs never collide with bin/run or others. A
 * port is handed out once per JVM: the stack picks its ports before its processes bind them, and
 * the kernel may offer a just-closed ephemeral port again (a broker and a service once got the same
 * one).
 */
public final class FreePort {

  private static final Set<Integer> HANDED_OUT = ConcurrentHashMap.newKeySet();

  private FreePort() {}

  public static int next() {
    while (true) {
      int port = anyFree();
      if (HANDED_OUT.add(port)) {
        return port;
      }
    }
  }

  /** Claims a port chosen otherwise (e.g. next to another); false if it was handed out before. */
  public static boolean claim(int port) {
    return HANDED_OUT.add(port);
  }

  private static int anyFree() {
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      socket.setReuseAddress(true);
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Whether something accepts connections on the port. */
  public static boolean open(int port) {
    try (Socket socket = new Socket()) {
      socket.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 500);
      return true;
    } catch (IOException e) {
      return false;
    }
  }
}
