package org.crewtraining.support.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Arrays;
import java.util.Map;
import org.springframework.core.MethodParameter;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.HandlerMapping;

/**
 * Query parameters and path variables name an enum constant exactly, as JSON bodies must ({@link
 * StrictEnumsModule}). Spring's binding falls back to a trimmed lookup when conversion fails, so
 * {@code ?status=%20PUBLISHED} would be taken for {@code PUBLISHED}; the exact check runs before
 * binding instead. An empty value stays "not given", as Spring treats it.
 */
public class StrictEnumParameters implements HandlerInterceptor {

  @Override
  public boolean preHandle(
      HttpServletRequest request, HttpServletResponse response, Object handler) {
    if (handler instanceof HandlerMethod method) {
      for (MethodParameter parameter : method.getMethodParameters()) {
        Class<?> type = parameter.nestedIfOptional().getNestedParameterType();
        if (type.isEnum()) {
          check(request, parameter.nestedIfOptional(), type);
        }
      }
    }
    return true;
  }

  private static void check(HttpServletRequest request, MethodParameter parameter, Class<?> type) {
    String name = nameOf(parameter);
    if (name == null) {
      return;
    }
    String value = valueOf(request, parameter, name);
    if (value == null || value.isEmpty()) {
      return;
    }
    boolean exact =
        Arrays.stream(type.getEnumConstants()).anyMatch(c -> ((Enum<?>) c).name().equals(value));
    if (!exact) {
      throw new MethodArgumentTypeMismatchException(
          value,
          type,
          name,
          parameter,
          new IllegalArgumentException(
              "not exactly one of " + Arrays.toString(type.getEnumConstants())));
    }
  }

  private static String nameOf(MethodParameter parameter) {
    RequestParam query = parameter.getParameterAnnotation(RequestParam.class);
    if (query != null) {
      return query.name().isEmpty() ? parameter.getParameterName() : query.name();
    }
    PathVariable path = parameter.getParameterAnnotation(PathVariable.class);
    if (path != null) {
      return path.name().isEmpty() ? parameter.getParameterName() : path.name();
    }
    return null;
  }

  @SuppressWarnings("unchecked")
  private static String valueOf(
      HttpServletRequest request, MethodParameter parameter, String name) {
    if (parameter.hasParameterAnnotation(RequestParam.class)) {
      return request.getParameter(name);
    }
    Object variables = request.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE);
    return variables instanceof Map<?, ?> map ? ((Map<String, String>) map).get(name) : null;
  }
}
