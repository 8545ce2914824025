package org.crewtraining.support.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Set;
import java.util.TreeSet;
import org.springframework.context.ApplicationContext;
import org.springframework.core.io.Resource;
import org.springframework.web.servlet.handler.AbstractUrlHandlerMapping;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.RequestMappingInfoHandlerMapping;

/**
 * What a running service really answers, read from its handler mappings: controllers, actuator and
 * springdoc endpoints ({@code METHOD /pattern}, {@code ANY} when a mapping takes every method),
 * resource handlers, and the files its catch-all static handler serves from {@code static/}.
 */
final class ExposedEndpoints {

  private static final String STATIC_CATCH_ALL = "/**";

  private ExposedEndpoints() {}

  static Set<String> of(ApplicationContext context) {
    Set<String> endpoints = new TreeSet<>();
    for (RequestMappingInfoHandlerMapping mapping :
        context.getBeansOfType(RequestMappingInfoHandlerMapping.class).values()) {
      for (RequestMappingInfo info : mapping.getHandlerMethods().keySet()) {
        Set<String> methods =
            info.getMethodsCondition().getMethods().isEmpty()
                ? Set.of("ANY")
                : info.getMethodsCondition().getMethods().stream()
                    .map(Enum::name)
                    .collect(java.util.stream.Collectors.toSet());
        for (String pattern : info.getPatternValues()) {
          methods.forEach(method -> endpoints.add(method + " " + pattern));
        }
      }
    }
    for (AbstractUrlHandlerMapping mapping :
        context.getBeansOfType(AbstractUrlHandlerMapping.class).values()) {
      for (String pattern : mapping.getHandlerMap().keySet()) {
        if (pattern.equals(STATIC_CATCH_ALL)) {
          staticFiles(context).forEach(file -> endpoints.add("GET " + file));
        } else {
          endpoints.add("GET " + pattern);
        }
      }
    }
    return endpoints;
  }

  private static Set<String> staticFiles(ApplicationContext context) {
    Set<String> files = new TreeSet<>();
    try {
      for (Resource resource : context.getResources("classpath*:/static/**")) {
        String url = resource.getURL().toString();
        if (resource.isReadable() && !url.endsWith("/")) {
          files.add(url.substring(url.lastIndexOf("/static/") + "/static".length()));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return files;
  }
}
