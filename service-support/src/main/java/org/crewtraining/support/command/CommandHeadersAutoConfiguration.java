package org.crewtraining.support.command;

import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.parameters.HeaderParameter;
import java.util.List;
import org.crewtraining.support.security.AuthenticatedActor;
import org.springdoc.core.customizers.OperationCustomizer;
import org.springdoc.core.utils.SpringDocUtils;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.MethodParameter;
import org.springframework.core.Ordered;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Binds {@link CommandHeaders} and {@link CommandContext} controller parameters from the request
 * and, where springdoc is present, documents those headers in OpenAPI.
 */
@AutoConfiguration
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
public class CommandHeadersAutoConfiguration implements WebMvcConfigurer {

  /** First of all filters, so that even the security filters' lines name the request. */
  @Bean
  FilterRegistrationBean<CorrelationIdFilter> correlationIdFilter() {
    FilterRegistrationBean<CorrelationIdFilter> registration =
        new FilterRegistrationBean<>(new CorrelationIdFilter());
    registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
    return registration;
  }

  @Override
  public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
    resolvers.add(new CommandHeadersResolver());
  }

  private static final class CommandHeadersResolver implements HandlerMethodArgumentResolver {

    @Override
    public boolean supportsParameter(MethodParameter parameter) {
      Class<?> type = parameter.getParameterType();
      return type == CommandHeaders.class || type == CommandContext.class;
    }

    @Override
    public Object resolveArgument(
        MethodParameter parameter,
        ModelAndViewContainer mav,
        NativeWebRequest request,
        WebDataBinderFactory binders) {
      // the filter's id, so that the events carry the id the request's log lines name
      Object fixed =
          request.getAttribute(CorrelationIdFilter.ATTRIBUTE, RequestAttributes.SCOPE_REQUEST);
      CommandContext context =
          CommandContext.of(
              fixed != null ? fixed.toString() : request.getHeader(CommandHeaders.CORRELATION_ID),
              AuthenticatedActor.name());
      if (parameter.getParameterType() == CommandContext.class) {
        return context;
      }
      return new CommandHeaders(
          request.getHeader(CommandHeaders.IF_MATCH),
          request.getHeader(CommandHeaders.IDEMPOTENCY_KEY),
          context);
    }
  }

  /** The headers as optional header parameters of each operation that takes them. */
  @Configuration(proxyBeanMethods = false)
  @ConditionalOnClass(OperationCustomizer.class)
  static class Documentation {

    static {
      // bound from headers by the resolver above, never a query parameter or body
      SpringDocUtils.getConfig()
          .addRequestWrapperToIgnore(CommandHeaders.class, CommandContext.class);
    }

    @Bean
    OperationCustomizer commandHeadersDocumentation() {
      return (operation, handler) -> {
        for (MethodParameter parameter : handler.getMethodParameters()) {
          document(operation, parameter);
        }
        return operation;
      };
    }

    private static void document(Operation operation, MethodParameter parameter) {
      Class<?> type = parameter.getParameterType();
      if (type == CommandHeaders.class) {
        if (parameter.hasParameterAnnotation(HonoursIfMatch.class)) {
          header(operation, CommandHeaders.IF_MATCH, "ETag of the version this change is based on");
        }
        header(
            operation,
            CommandHeaders.IDEMPOTENCY_KEY,
            "Retry-safe key; a retry replays the answer (with Idempotent-Replayed: true)");
      }
      if (type == CommandHeaders.class || type == CommandContext.class) {
        header(
            operation,
            CommandHeaders.CORRELATION_ID,
            "Copied into the emitted events' metadata (at most "
                + CommandContext.MAX_LENGTH
                + " characters); generated when absent");
      }
    }

    private static void header(Operation operation, String name, String description) {
      boolean present =
          operation.getParameters() != null
              && operation.getParameters().stream().anyMatch(p -> name.equals(p.getName()));
      if (!present) {
        operation.addParametersItem(
            new HeaderParameter()
                .name(name)
                .required(false)
                .description(description)
                .schema(new StringSchema()));
      }
    }
  }
}
