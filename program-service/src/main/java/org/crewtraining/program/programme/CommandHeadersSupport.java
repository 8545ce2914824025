package org.crewtraining.program.programme;

import io.swagger.v3.oas.models.parameters.HeaderParameter;
import io.swagger.v3.oas.models.parameters.Parameter;
import java.util.Arrays;
import java.util.List;
import org.crewtraining.support.security.AuthenticatedActor;
import org.springdoc.core.customizers.OperationCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.MethodParameter;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Binds {@link CommandHeaders} from the request and documents those headers in OpenAPI, so each
 * change endpoint takes one parameter instead of four.
 */
@Configuration(proxyBeanMethods = false)
class CommandHeadersSupport implements WebMvcConfigurer {

  @Override
  public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
    resolvers.add(
        new HandlerMethodArgumentResolver() {
          @Override
          public boolean supportsParameter(MethodParameter parameter) {
            return parameter.getParameterType() == CommandHeaders.class;
          }

          @Override
          public Object resolveArgument(
              MethodParameter parameter,
              ModelAndViewContainer mav,
              NativeWebRequest request,
              WebDataBinderFactory binders) {
            return new CommandHeaders(
                request.getHeader(CommandHeaders.IF_MATCH),
                request.getHeader(CommandHeaders.IDEMPOTENCY_KEY),
                request.getHeader(CommandHeaders.CORRELATION_ID),
                AuthenticatedActor.name());
          }
        });
  }

  @Bean
  OperationCustomizer commandHeadersDocumentation() {
    return (operation, handler) -> {
      boolean takesHeaders =
          Arrays.stream(handler.getMethodParameters())
              .anyMatch(p -> p.getParameterType() == CommandHeaders.class);
      if (!takesHeaders) {
        return operation;
      }
      // only changes of an existing programme can be conditional on its version
      if (Arrays.stream(handler.getMethodParameters())
          .anyMatch(p -> p.hasParameterAnnotation(PathVariable.class))) {
        operation.addParametersItem(
            header(CommandHeaders.IF_MATCH, "ETag of the version this change is based on"));
      }
      operation.addParametersItem(
          header(CommandHeaders.IDEMPOTENCY_KEY, "Retry-safe key; a retry replays the answer"));
      operation.addParametersItem(
          header(CommandHeaders.CORRELATION_ID, "Copied into the emitted events' metadata"));
      return operation;
    };
  }

  private static Parameter header(String name, String description) {
    return new HeaderParameter()
        .name(name)
        .required(false)
        .description(description)
        .schema(new io.swagger.v3.oas.models.media.StringSchema());
  }
}
