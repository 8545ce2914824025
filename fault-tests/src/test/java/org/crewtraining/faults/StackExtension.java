package org.crewtraining.faults;

import org.crewtraining.faults.check.FiguresTable;
import org.crewtraining.faults.stack.Stack;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * One stack (broker, PostgreSQL, services) for every scenario class of the run: starting it takes
 * longer than most scenarios. Kept in the root store, so JUnit closes it after the last class.
 */
public final class StackExtension implements ParameterResolver {

  @Override
  public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
    return parameter.getParameter().getType() == Scenario.class;
  }

  @Override
  public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
    ExtensionContext.Store store = context.getRoot().getStore(ExtensionContext.Namespace.GLOBAL);
    Stack stack = store.computeIfAbsent(Stack.class, k -> Stack.start(), Stack.class);
    FiguresTable table =
        store.computeIfAbsent(FiguresTable.class, k -> new FiguresTable(), FiguresTable.class);
    stack.ensureRunning();
    String method = context.getRequiredTestMethod().getName();
    return new Scenario(stack, table, method.replaceAll("([A-Z])", " $1").toLowerCase());
  }
}
