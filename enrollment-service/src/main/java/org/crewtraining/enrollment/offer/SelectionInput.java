package org.crewtraining.enrollment.offer;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import org.crewtraining.enrollment.selection.Candidate;

/**
 * What a selection is computed from: the free seats and the shortlisted applications. Its digest
 * changes with any of them (a review, a withdrawal, a new shortlisting, a seat taken or freed), so
 * a proposal confirmed later is refused as stale unless the selection would still be the same.
 */
record SelectionInput(int seats, List<OfferRepository.ShortlistedRow> shortlisted) {

  List<Candidate> candidates() {
    return shortlisted.stream().map(s -> s.row().candidate()).toList();
  }

  String digest() {
    StringBuilder text = new StringBuilder("seats=").append(seats).append('\n');
    shortlisted.stream()
        .sorted((a, b) -> a.row().applicationId().compareTo(b.row().applicationId()))
        .forEach(
            s ->
                text.append(s.row().applicationId())
                    .append(',')
                    .append(s.row().participantType())
                    .append(',')
                    .append(s.row().craft())
                    .append(',')
                    .append(s.row().score())
                    .append(',')
                    .append(s.row().submittedAt().toEpochMilli())
                    .append(',')
                    .append(s.version())
                    .append('\n'));
    try {
      return HexFormat.of()
          .formatHex(
              MessageDigest.getInstance("SHA-256")
                  .digest(text.toString().getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
