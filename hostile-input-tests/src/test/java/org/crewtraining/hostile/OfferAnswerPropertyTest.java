package org.crewtraining.hostile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.crewtraining.hostile.Fixtures.JSON;

import java.util.List;
import java.util.Locale;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.BeforeContainer;
import net.jqwik.api.statistics.Statistics;

/**
 * The public answers to an offered seat, which need no account, with random codes: the right one,
 * in lower case, with spaces around, cut short, another offer's shape, random text, missing, of
 * another type, in a body that is no JSON. Never a 5xx; a refused answer changes no row and writes
 * no event; at most one enrolment ever comes of the offer, and only with its own code.
 */
class OfferAnswerPropertyTest {

  private static Services services;
  private static Fixtures.Offer offer;

  @BeforeContainer
  static void start() {
    services = Services.shared();
    offer = new Fixtures(services).offeredSeat();
  }

  @Property
  void onlyTheOffersOwnCodeAnswersIt(
      @ForAll("codes") String body, @ForAll("answers") String answer) {
    String before = application();
    long events = events();

    Services.Response response =
        services.send(
            "POST",
            services.enrollmentUrl + "/public/offers/" + offer.applicationId() + "/" + answer,
            body,
            JSON);

    Statistics.collect(answer, response.status());
    assertThat(response.status()).as(body + " → " + response.body()).isLessThan(500);
    if (response.status() != 200) {
      assertThat(application()).as(body + " → " + response.body()).isEqualTo(before);
      assertThat(events()).as(body).isEqualTo(events);
    } else {
      assertThat(body.toUpperCase(Locale.ROOT)).as(body).contains(offer.code());
    }
    assertThat(
            Services.count(
                services.enrollmentDb,
                "SELECT count(*) FROM enrollment e JOIN application a"
                    + " ON a.enrollment_id = e.enrollment_id"
                    + " WHERE a.application_id = '"
                    + offer.applicationId()
                    + "'"))
        .isLessThanOrEqualTo(1);
  }

  @Provide
  Arbitrary<String> answers() {
    return Arbitraries.of("acceptance", "decline");
  }

  @Provide
  Arbitrary<String> codes() {
    String code = offer.code();
    Arbitrary<Object> near =
        Arbitraries.of(
            code.toLowerCase(Locale.ROOT),
            " " + code + " ",
            code.substring(0, code.length() - 1),
            code + "X",
            "23456789ABCD",
            code.replace(code.charAt(0), code.charAt(0) == 'A' ? 'B' : 'A'),
            "",
            code + "\u0000");
    return Payloads.bodies(
        List.of(
            Payloads.field(
                "offerCode",
                Arbitraries.frequencyOf(
                    net.jqwik.api.Tuple.of(1, Arbitraries.just((Object) code)),
                    net.jqwik.api.Tuple.of(
                        3,
                        Arbitraries.strings().alpha().numeric().ofLength(12).map(s -> (Object) s))),
                near)));
  }

  private static String application() {
    return Services.row(
            services.enrollmentDb,
            "SELECT md5(a::text) FROM application a WHERE application_id = '"
                + offer.applicationId()
                + "'")
        .get(0);
  }

  private static long events() {
    return Services.count(services.enrollmentDb, "SELECT count(*) FROM outbox_event");
  }
}
