package org.crewtraining.support.web;

import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.core.convert.TypeDescriptor;
import org.springframework.core.convert.converter.ConditionalGenericConverter;
import org.springframework.format.support.DefaultFormattingConversionService;

/**
 * Applies {@link DateTimeRange} to every date and instant bound from a query parameter or a path
 * variable. Parsing is Spring's standard date formatting (including {@code @DateTimeFormat}); the
 * parsed value is then checked. Registered after Spring's own converters, so it is asked first. A
 * refused value fails conversion with an {@link InvalidValueException} as cause, which the problem
 * handler reports against the parameter's name.
 */
public class DateTimeRangeConverter implements ConditionalGenericConverter {

  private final DefaultFormattingConversionService parser =
      new DefaultFormattingConversionService();

  @Override
  public Set<ConvertiblePair> getConvertibleTypes() {
    return DateTimeRange.TYPES.stream()
        .map(type -> new ConvertiblePair(String.class, type))
        .collect(Collectors.toSet());
  }

  @Override
  public boolean matches(TypeDescriptor sourceType, TypeDescriptor targetType) {
    return true;
  }

  @Override
  public Object convert(Object source, TypeDescriptor sourceType, TypeDescriptor targetType) {
    return DateTimeRange.check(parser.convert(source, sourceType, targetType));
  }
}
