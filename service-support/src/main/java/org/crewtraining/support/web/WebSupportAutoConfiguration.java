package org.crewtraining.support.web;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.core.Ordered;
import org.springframework.format.FormatterRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import tools.jackson.databind.json.JsonMapper;

/**
 * problem+json error handling, the request-size limit and the input rules every service's HTTP API
 * shares (date and instant range, no NUL in query parameters). Runs before Boot's web MVC
 * auto-configuration so that {@code spring.mvc.problemdetails.enabled} backs off: otherwise Boot's
 * own ResponseEntityExceptionHandler competes with ours and may answer validation errors without
 * the {@code errors} list; and before Boot's error page configuration, so that {@code /error}
 * answers problem+json too ({@link ProblemErrorController}).
 */
@AutoConfiguration(
    beforeName = {
      "org.springframework.boot.webmvc.autoconfigure.WebMvcAutoConfiguration",
      "org.springframework.boot.webmvc.autoconfigure.error.ErrorMvcAutoConfiguration"
    })
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@EnableConfigurationProperties(WebSupportProperties.class)
@Import(ApiExceptionHandler.class)
public class WebSupportAutoConfiguration {

  @Bean
  StrictJsonBinding strictJsonBinding() {
    return new StrictJsonBinding();
  }

  @Bean
  ProblemErrorController problemErrorController() {
    return new ProblemErrorController();
  }

  /** Errors Tomcat answers itself, before or after the application, as problem+json too. */
  @Configuration(proxyBeanMethods = false)
  @ConditionalOnClass(name = "org.apache.catalina.startup.Tomcat")
  static class TomcatErrorPages {
    @Bean
    ProblemErrorPages problemErrorPages(JsonMapper jsonMapper) {
      return new ProblemErrorPages(jsonMapper);
    }
  }

  @Bean
  DateTimeRangeModule dateTimeRangeModule() {
    return new DateTimeRangeModule();
  }

  @Bean
  WebMvcConfigurer dateTimeRangeParameters() {
    return new WebMvcConfigurer() {
      @Override
      public void addFormatters(FormatterRegistry registry) {
        registry.addConverter(new DateTimeRangeConverter());
      }
    };
  }

  @Bean
  FilterRegistrationBean<NulQueryParameterFilter> nulQueryParameterFilter(JsonMapper jsonMapper) {
    FilterRegistrationBean<NulQueryParameterFilter> registration =
        new FilterRegistrationBean<>(new NulQueryParameterFilter(jsonMapper));
    registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 11);
    return registration;
  }

  @Bean
  FilterRegistrationBean<RequestBodyLimitFilter> requestBodyLimitFilter(
      WebSupportProperties properties, JsonMapper jsonMapper) {
    FilterRegistrationBean<RequestBodyLimitFilter> registration =
        new FilterRegistrationBean<>(
            new RequestBodyLimitFilter(properties.maxRequestBytes(), jsonMapper));
    registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 10);
    return registration;
  }
}
