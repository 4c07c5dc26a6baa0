package br.com.regua.templates;

import io.pebbletemplates.pebble.extension.AbstractExtension;
import io.pebbletemplates.pebble.extension.AbstractNodeVisitor;
import io.pebbletemplates.pebble.extension.NodeVisitorFactory;
import io.pebbletemplates.pebble.node.ArgumentsNode;
import io.pebbletemplates.pebble.node.IfNode;
import io.pebbletemplates.pebble.node.NamedArgumentNode;
import io.pebbletemplates.pebble.node.Node;
import io.pebbletemplates.pebble.node.PositionalArgumentNode;
import io.pebbletemplates.pebble.node.PrintNode;
import io.pebbletemplates.pebble.node.TestInvocationExpression;
import io.pebbletemplates.pebble.node.expression.AndExpression;
import io.pebbletemplates.pebble.node.expression.ConcatenateExpression;
import io.pebbletemplates.pebble.node.expression.ContainsExpression;
import io.pebbletemplates.pebble.node.expression.ContextVariableExpression;
import io.pebbletemplates.pebble.node.expression.EqualsExpression;
import io.pebbletemplates.pebble.node.expression.Expression;
import io.pebbletemplates.pebble.node.expression.FilterExpression;
import io.pebbletemplates.pebble.node.expression.FilterInvocationExpression;
import io.pebbletemplates.pebble.node.expression.FunctionOrMacroInvocationExpression;
import io.pebbletemplates.pebble.node.expression.GetAttributeExpression;
import io.pebbletemplates.pebble.node.expression.LiteralBooleanExpression;
import io.pebbletemplates.pebble.node.expression.LiteralIntegerExpression;
import io.pebbletemplates.pebble.node.expression.LiteralLongExpression;
import io.pebbletemplates.pebble.node.expression.LiteralNullExpression;
import io.pebbletemplates.pebble.node.expression.LiteralStringExpression;
import io.pebbletemplates.pebble.node.expression.NegativeTestExpression;
import io.pebbletemplates.pebble.node.expression.NotEqualsExpression;
import io.pebbletemplates.pebble.node.expression.OrExpression;
import io.pebbletemplates.pebble.node.expression.PositiveTestExpression;
import io.pebbletemplates.pebble.node.expression.TernaryExpression;
import io.pebbletemplates.pebble.node.expression.UnaryNotExpression;
import io.pebbletemplates.pebble.template.PebbleTemplate;
import io.pebbletemplates.pebble.template.PebbleTemplateImpl;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.WeakHashMap;
import java.util.stream.Collectors;

/**
 * What a layout may contain, checked on its syntax tree when it is compiled — so a forbidden
 * construct is refused even in a branch that the example values never take. An allow-list: any
 * node this class does not know is refused.
 */
final class LayoutPolicy extends AbstractNodeVisitor {

    static final Set<String> FILTERS = LayoutTypes.filters();
    static final Set<String> TESTS = Set.of("empty", "null");

    private static final Set<Class<?>> OPERATORS = Set.of(
            ConcatenateExpression.class,
            AndExpression.class,
            OrExpression.class,
            EqualsExpression.class,
            NotEqualsExpression.class,
            ContainsExpression.class,
            UnaryNotExpression.class);
    private static final Set<Class<?>> LITERALS = Set.of(
            LiteralStringExpression.class,
            LiteralIntegerExpression.class,
            LiteralLongExpression.class,
            LiteralBooleanExpression.class,
            LiteralNullExpression.class);

    /** A layout construct that is not allowed; the message is for the merchant. */
    static final class Refused extends RuntimeException {
        Refused(int line, String message) {
            super("linha " + line + ": " + message);
        }

        /** The same refusal, thrown anew (a recorded one is shared by every render of its template). */
        Refused(Refused recorded, Throwable cause) {
            super(recorded.getMessage(), cause);
        }
    }

    /**
     * Registers the policy with the engine; it runs after Pebble's own escaper. A construct that
     * could call code or reach outside the layout stops the compilation; a filter or test whose
     * arguments or input do not fit its signature ({@link LayoutTypes}) is only recorded with the
     * compiled template: saving refuses it ({@link #typeError}), while a layout saved before the
     * check still renders for the values it can render and fails, as a layout error, for the others.
     */
    static final class Extension extends AbstractExtension {

        private final Map<PebbleTemplate, Refused> typeErrors = Collections.synchronizedMap(new WeakHashMap<>());

        @Override
        public List<NodeVisitorFactory> getNodeVisitors() {
            return List.of(template -> new LayoutPolicy((PebbleTemplateImpl) template, typeErrors));
        }

        /** The first filter or test of {@code template} that cannot render for some values. */
        Optional<Refused> typeError(PebbleTemplate template) {
            return Optional.ofNullable(typeErrors.get(template));
        }
    }

    private final Map<PebbleTemplate, Refused> typeErrors;

    private LayoutPolicy(PebbleTemplateImpl template, Map<PebbleTemplate, Refused> typeErrors) {
        super(template);
        this.typeErrors = typeErrors;
    }

    @Override
    public void visit(PrintNode node) {
        super.visit(node);
        typed(() -> LayoutTypes.printed(node.getExpression()));
    }

    @Override
    public void visit(IfNode node) {
        // As AbstractNodeVisitor does, with each condition's types checked before its body.
        for (var branch : node.getConditionsWithBodies()) {
            branch.getLeft().accept(this);
            typed(() -> LayoutTypes.condition(branch.getLeft()));
            branch.getRight().accept(this);
        }
        if (node.getElseBody() != null) node.getElseBody().accept(this);
    }

    /** Runs a type check, keeping its first refusal for the template. */
    private void typed(Runnable check) {
        try {
            check.run();
        } catch (Refused e) {
            typeErrors.putIfAbsent(getTemplate(), e);
        }
    }

    /** Expressions arrive here (Pebble has no overload for them); the renderable nodes do not. */
    @Override
    public void visit(Node node) {
        if (node instanceof ContextVariableExpression variable) {
            if (Variable.of(variable.getName()).isEmpty()) {
                throw new Refused(
                        variable.getLineNumber(),
                        "variável desconhecida \"" + variable.getName() + "\"; as disponíveis são " + variableNames());
            }
        } else if (node instanceof GetAttributeExpression attribute) {
            throw new Refused(
                    attribute.getLineNumber(),
                    "acesso a atributos ou métodos (\"." + attributeName(attribute)
                            + "\") não é permitido; use só as variáveis, como {{ customerName }}");
        } else if (node instanceof FunctionOrMacroInvocationExpression function) {
            throw new Refused(
                    function.getLineNumber(),
                    "chamada de função (\"" + function.getFunctionName() + "()\") não é permitida");
        } else if (node instanceof FilterExpression filter) {
            filter.getLeftExpression().accept(this);
            filter.getRightExpression().accept(this);
        } else if (node instanceof FilterInvocationExpression filter) {
            checkFilter(filter);
            filter.getArgs().accept(this);
        } else if (node instanceof PositiveTestExpression || node instanceof NegativeTestExpression) {
            var test = (io.pebbletemplates.pebble.node.expression.BinaryExpression<?>) node;
            test.getLeftExpression().accept(this);
            test.getRightExpression().accept(this);
        } else if (node instanceof TestInvocationExpression test) {
            if (!TESTS.contains(test.getTestName())) {
                throw new Refused(
                        test.getLineNumber(),
                        "o teste \"" + test.getTestName() + "\" não é permitido; os permitidos são "
                                + String.join(", ", TESTS));
            }
            test.getArgs().accept(this);
        } else if (node instanceof TernaryExpression ternary) {
            ternary.getExpression1().accept(this);
            ternary.getExpression2().accept(this);
            ternary.getExpression3().accept(this);
        } else if (OPERATORS.contains(node.getClass())) {
            if (node instanceof io.pebbletemplates.pebble.node.expression.BinaryExpression<?> binary) {
                binary.getLeftExpression().accept(this);
                binary.getRightExpression().accept(this);
            } else {
                ((UnaryNotExpression) node).getChildExpression().accept(this);
            }
        } else if (!LITERALS.contains(node.getClass())) {
            throw new Refused(
                    node instanceof Expression<?> e ? e.getLineNumber() : 0,
                    "expressão não permitida; use variáveis, textos, filtros simples e {% if %}");
        }
    }

    @Override
    public void visit(NamedArgumentNode node) {
        if (node.getValueExpression() != null) node.getValueExpression().accept(this);
    }

    @Override
    public void visit(PositionalArgumentNode node) {
        node.getValueExpression().accept(this);
    }

    private void checkFilter(FilterInvocationExpression filter) {
        String name = filter.getFilterName();
        // Pebble's escaper wraps each printed expression in an argument-less "escape" (HTML);
        // "escape" with a strategy (js, css, ...) would switch HTML escaping off for that value.
        if (name.equals("escape") && noArguments(filter.getArgs())) return;
        if (!FILTERS.contains(name)) {
            throw new Refused(
                    filter.getLineNumber(),
                    "o filtro \"" + name + "\" não é permitido; os permitidos são "
                            + FILTERS.stream().sorted().collect(Collectors.joining(", ")));
        }
    }

    private static boolean noArguments(ArgumentsNode args) {
        return (args.getNamedArgs() == null || args.getNamedArgs().isEmpty())
                && (args.getPositionalArgs() == null || args.getPositionalArgs().isEmpty());
    }

    private static String attributeName(GetAttributeExpression attribute) {
        return attribute.getAttributeNameExpression() instanceof LiteralStringExpression literal
                ? literal.getValue()
                : "…";
    }

    private static String variableNames() {
        return Arrays.stream(Variable.values()).map(Variable::key).collect(Collectors.joining(", "));
    }
}
