package org.crewtraining.support.security;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * BCrypt that remembers the last password it verified for each hash. HTTP Basic sends the password
 * with every request, and a BCrypt check at cost 10 takes ~60 ms of CPU: the demo loader, the
 * benchmarks and the tests would spend their time hashing. A verified password is remembered only
 * as an HMAC under a key made at start-up (one entry per configured hash, so memory stays bounded);
 * any other password still goes through BCrypt.
 */
final class RememberingPasswordEncoder implements PasswordEncoder {

  private final PasswordEncoder bcrypt = new BCryptPasswordEncoder();
  private final Map<String, byte[]> verified = new ConcurrentHashMap<>();
  // One initialised Mac per request thread: looking the algorithm up per request showed in
  // profiles.
  private final ThreadLocal<Mac> hmac;

  RememberingPasswordEncoder() {
    byte[] secret = new byte[32];
    new SecureRandom().nextBytes(secret);
    SecretKeySpec key = new SecretKeySpec(secret, "HmacSHA256");
    hmac =
        ThreadLocal.withInitial(
            () -> {
              try {
                Mac mac = Mac.getInstance("HmacSHA256");
                mac.init(key);
                return mac;
              } catch (GeneralSecurityException e) {
                throw new IllegalStateException("HmacSHA256 unavailable", e);
              }
            });
  }

  @Override
  public String encode(CharSequence rawPassword) {
    return bcrypt.encode(rawPassword);
  }

  @Override
  public boolean matches(CharSequence rawPassword, String encodedPassword) {
    if (rawPassword == null || encodedPassword == null) {
      return false;
    }
    byte[] mac = mac(rawPassword);
    byte[] known = verified.get(encodedPassword);
    if (known != null && MessageDigest.isEqual(known, mac)) {
      return true;
    }
    boolean matches = bcrypt.matches(rawPassword, encodedPassword);
    if (matches) {
      verified.put(encodedPassword, mac);
    }
    return matches;
  }

  private byte[] mac(CharSequence rawPassword) {
    return hmac.get().doFinal(rawPassword.toString().getBytes(StandardCharsets.UTF_8));
  }
}
