package org.crewtraining.contracts;

import com.microsoft.kiota.ApiException;
import io.apicurio.registry.client.RegistryClientFactory;
import io.apicurio.registry.client.common.HttpAdapterType;
import io.apicurio.registry.client.common.RegistryClientOptions;
import io.apicurio.registry.resolver.client.RegistryClientFacade;
import io.apicurio.registry.resolver.client.RegistryClientFacadeImpl;
import io.apicurio.registry.resolver.client.RegistryVersionCoordinates;
import io.apicurio.registry.resolver.strategy.ArtifactReference;
import io.apicurio.registry.rest.client.RegistryClient;
import io.apicurio.registry.rest.client.models.CreateRule;
import io.apicurio.registry.rest.client.models.ProblemDetails;
import io.apicurio.registry.rest.client.models.RuleType;
import io.apicurio.registry.rest.client.models.RuleViolationProblemDetails;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.Supplier;
import org.apache.avro.Schema;

/**
 * The schema registry as the codec needs it, through Apicurio's client library (the one its serde
 * uses). A Confluent subject is an artifact of an Apicurio group ({@link RegistrySettings#group()},
 * the {@code default} one that its Confluent API serves unless configured otherwise), and a
 * Confluent schema id is Apicurio's content id. Failures to reach the registry are {@link
 * SchemaRegistryUnavailableException}; an incompatible version is {@link
 * IncompatibleSchemaException}.
 */
public final class SchemaRegistry {

  private static final String AVRO = "AVRO";
  private static final String FULL_TRANSITIVE = "FULL_TRANSITIVE";

  private final RegistrySettings settings;
  private final String group;
  private final RegistryClient client;
  private final RegistryClientFacade facade;

  public SchemaRegistry(RegistrySettings settings) {
    this.settings = settings;
    this.group = settings.group();
    this.client =
        RegistryClientFactory.create(
            RegistryClientOptions.create(settings.apicurioApiUrl())
                .httpAdapter(HttpAdapterType.JDK)
                .disableRetry());
    this.facade = new RegistryClientFacadeImpl(client);
  }

  public RegistrySettings settings() {
    return settings;
  }

  /**
   * Registers the schema as the subject's next version unless it already is one; its id either way.
   *
   * @throws IncompatibleSchemaException when the subject's compatibility rule refuses it
   */
  public int register(String subject, Schema schema) {
    RegistryVersionCoordinates created =
        call(
            "register " + subject,
            () ->
                facade.createSchema(
                    AVRO,
                    group,
                    subject,
                    null,
                    "FIND_OR_CREATE_VERSION",
                    false,
                    schema.toString(),
                    null),
            subject);
    return toId(created.getContentId());
  }

  /** The id of this schema under the subject, if it is one of the subject's versions. */
  public OptionalInt lookup(String subject, Schema schema) {
    List<RegistryVersionCoordinates> found =
        callOrNotFound(
                "look up " + subject,
                () ->
                    facade.searchVersionsByContent(
                        schema.toString(), AVRO, reference(subject), false))
            .orElse(List.of());
    return found.isEmpty()
        ? OptionalInt.empty()
        : OptionalInt.of(toId(found.get(0).getContentId()));
  }

  /** The schema text the registry holds under this id, if it knows the id. */
  public Optional<String> schemaById(int id) {
    return callOrNotFound("fetch schema " + id, () -> facade.getSchemaByContentId((long) id));
  }

  /** Sets the subject's compatibility to FULL_TRANSITIVE (the subject must exist). */
  public void requireFullTransitive(String subject) {
    var rules = client.groups().byGroupId(group).artifacts().byArtifactId(subject).rules();
    call(
        "set the compatibility of " + subject,
        () -> {
          CreateRule rule = new CreateRule();
          rule.setRuleType(RuleType.COMPATIBILITY);
          rule.setConfig(FULL_TRANSITIVE);
          if (rules.get().contains(RuleType.COMPATIBILITY)) {
            var existing = rules.byRuleType(RuleType.COMPATIBILITY.getValue());
            if (!FULL_TRANSITIVE.equals(existing.get().getConfig())) {
              var update = new io.apicurio.registry.rest.client.models.Rule();
              update.setRuleType(RuleType.COMPATIBILITY);
              update.setConfig(FULL_TRANSITIVE);
              existing.put(update);
            }
          } else {
            rules.post(rule);
          }
          return null;
        },
        subject);
  }

  private ArtifactReference reference(String subject) {
    return ArtifactReference.builder().groupId(group).artifactId(subject).build();
  }

  private static int toId(Long contentId) {
    if (contentId == null || contentId < 0 || contentId > Integer.MAX_VALUE) {
      throw new IllegalStateException("Registry id " + contentId + " does not fit in 4 bytes");
    }
    return contentId.intValue();
  }

  private <T> Optional<T> callOrNotFound(String what, Supplier<T> request) {
    try {
      return Optional.ofNullable(request.get());
    } catch (RuntimeException e) {
      if (status(e) == 404) {
        return Optional.empty();
      }
      throw failure(what, e, null);
    }
  }

  private <T> T call(String what, Supplier<T> request, String subject) {
    try {
      return request.get();
    } catch (RuntimeException e) {
      throw failure(what, e, subject);
    }
  }

  /**
   * A refused rule (Apicurio's API answers 400 with a rule violation where the Confluent API
   * answers 409) is the schema's fault; other 4xx are ours; anything else means "try later".
   */
  private RuntimeException failure(String what, RuntimeException e, String subject) {
    int status = status(e);
    if (subject != null && (causedByRuleViolation(e) || status == 409)) {
      return new IncompatibleSchemaException(subject, e);
    }
    String message = "Schema registry " + settings.url() + " could not " + what + ": ";
    if (status >= 400 && status < 500) {
      return new IllegalStateException(message + "HTTP " + status + " " + detail(e), e);
    }
    return new SchemaRegistryUnavailableException(message + e, e);
  }

  private static boolean causedByRuleViolation(Throwable failure) {
    for (Throwable t = failure; t != null && t.getCause() != t; t = t.getCause()) {
      if (t instanceof RuleViolationProblemDetails
          || (t instanceof ProblemDetails problem
              && "RuleViolationException".equals(problem.getName()))) {
        return true;
      }
    }
    return false;
  }

  private static String detail(Throwable failure) {
    for (Throwable t = failure; t != null && t.getCause() != t; t = t.getCause()) {
      if (t instanceof ProblemDetails problem) {
        return problem.getTitle() + " " + problem.getDetail();
      }
    }
    return failure.toString();
  }

  private static int status(Throwable failure) {
    for (Throwable t = failure; t != null && t.getCause() != t; t = t.getCause()) {
      if (t instanceof ProblemDetails problem && problem.getStatus() != null) {
        return problem.getStatus();
      }
      if (t instanceof ApiException api && api.getResponseStatusCode() > 0) {
        return api.getResponseStatusCode();
      }
    }
    return -1;
  }

  /** The registry refused a version under its subject's compatibility rule. */
  public static class IncompatibleSchemaException extends RuntimeException {
    public IncompatibleSchemaException(String subject, Throwable cause) {
      super(
          "The registry refuses the schema as incompatible with subject "
              + subject
              + ": "
              + detail(cause),
          cause);
    }
  }
}
