package br.com.regua.templates;

import io.pebbletemplates.pebble.node.ArgumentsNode;
import io.pebbletemplates.pebble.node.NamedArgumentNode;
import io.pebbletemplates.pebble.node.PositionalArgumentNode;
import io.pebbletemplates.pebble.node.TestInvocationExpression;
import io.pebbletemplates.pebble.node.expression.AndExpression;
import io.pebbletemplates.pebble.node.expression.BinaryExpression;
import io.pebbletemplates.pebble.node.expression.ConcatenateExpression;
import io.pebbletemplates.pebble.node.expression.ContainsExpression;
import io.pebbletemplates.pebble.node.expression.ContextVariableExpression;
import io.pebbletemplates.pebble.node.expression.EqualsExpression;
import io.pebbletemplates.pebble.node.expression.Expression;
import io.pebbletemplates.pebble.node.expression.FilterExpression;
import io.pebbletemplates.pebble.node.expression.FilterInvocationExpression;
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
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The kinds of value each expression of a layout can have when it is rendered, worked out from its
 * syntax tree, and the signatures of the allowed filters and tests checked against them. Pebble's
 * filters cast their input and arguments without looking ({@code abbreviate} without a length is a
 * NullPointerException, {@code abbreviate("5")} or {@code 5 | trim} a ClassCastException), and
 * {@code if}, {@code and}, {@code or} and {@code not} fail on null: a layout that could do any of
 * these for some values is refused when saved, whichever branch holds it. Variables are always
 * text (an absent one is empty text), never null.
 *
 * <p>Runs on trees that {@link LayoutPolicy} has already allowed, so it only meets the node types
 * listed there.
 */
final class LayoutTypes {

    /** What a value can be at render time. */
    enum Kind {
        TEXT("um texto"),
        NUMBER("um número"),
        BOOLEAN("verdadeiro/falso"),
        NULL("nada (null)"),
        /** What the {@code escape} filter gives: Pebble's SafeString, not a String. */
        ESCAPED("um texto já escapado (filtro \"escape\")");

        private final String label;

        Kind(String label) {
            this.label = label;
        }
    }

    /** The largest length {@code abbreviate} takes: no part of a layout renders longer. */
    static final int MAX_ABBREVIATE = Sandbox.MAX_HTML_CHARS;

    /** An argument a filter takes; {@code literalLength} when it must be a whole number written in the layout. */
    private record Argument(String name, boolean literalLength) {}

    /**
     * A filter's signature: its arguments (all required) and whether its input must be text
     * (Pebble casts it to String); the others print anything.
     */
    private record Signature(List<Argument> arguments, boolean textInput, String example) {}

    /** Every filter a layout may use, by name. */
    private static final Map<String, Signature> FILTERS = new LinkedHashMap<>();

    static {
        FILTERS.put("upper", new Signature(List.of(), false, "upper"));
        FILTERS.put("lower", new Signature(List.of(), false, "lower"));
        FILTERS.put("capitalize", new Signature(List.of(), true, "capitalize"));
        FILTERS.put("title", new Signature(List.of(), true, "title"));
        FILTERS.put("trim", new Signature(List.of(), true, "trim"));
        FILTERS.put("urlencode", new Signature(List.of(), true, "urlencode"));
        FILTERS.put("default", new Signature(List.of(new Argument("default", false)), false, "default(\"cliente\")"));
        FILTERS.put("abbreviate", new Signature(List.of(new Argument("length", true)), true, "abbreviate(20)"));
    }

    /** Pebble's own HTML escaper, which wraps every printed value: takes anything, no arguments. */
    private static final Signature ESCAPE = new Signature(List.of(), false, "escape");

    /** The names of the filters a layout may use. */
    static Set<String> filters() {
        return FILTERS.keySet();
    }

    private LayoutTypes() {}

    /** Checks an {@code if}/{@code elseif} condition: it may be anything but null. */
    static void condition(Expression<?> expression) {
        notNull(kinds(expression), expression.getLineNumber(), "a condição");
    }

    /** Checks a printed expression: any value prints. */
    static void printed(Expression<?> expression) {
        kinds(expression);
    }

    /** What {@code expression} can be, refusing what cannot render for some values. */
    static Set<Kind> kinds(Expression<?> expression) {
        if (expression instanceof ContextVariableExpression || expression instanceof LiteralStringExpression) {
            return EnumSet.of(Kind.TEXT);
        }
        if (expression instanceof LiteralLongExpression || expression instanceof LiteralIntegerExpression) {
            return EnumSet.of(Kind.NUMBER);
        }
        if (expression instanceof LiteralBooleanExpression) return EnumSet.of(Kind.BOOLEAN);
        if (expression instanceof LiteralNullExpression) return EnumSet.of(Kind.NULL);
        if (expression instanceof ConcatenateExpression concatenate) {
            kinds(concatenate.getLeftExpression());
            kinds(concatenate.getRightExpression());
            return EnumSet.of(Kind.TEXT);
        }
        if (expression instanceof AndExpression || expression instanceof OrExpression) {
            var binary = (BinaryExpression<?>) expression;
            String operator = expression instanceof AndExpression ? "and" : "or";
            notNull(kinds(binary.getLeftExpression()), expression.getLineNumber(), "um operando de " + operator);
            notNull(kinds(binary.getRightExpression()), expression.getLineNumber(), "um operando de " + operator);
            return EnumSet.of(Kind.BOOLEAN);
        }
        if (expression instanceof UnaryNotExpression not) {
            notNull(kinds(not.getChildExpression()), expression.getLineNumber(), "o operando de not");
            return EnumSet.of(Kind.BOOLEAN);
        }
        if (expression instanceof EqualsExpression || expression instanceof NotEqualsExpression) {
            var binary = (BinaryExpression<?>) expression;
            kinds(binary.getLeftExpression());
            kinds(binary.getRightExpression());
            return EnumSet.of(Kind.BOOLEAN);
        }
        if (expression instanceof ContainsExpression contains) {
            Set<Kind> left = kinds(contains.getLeftExpression());
            kinds(contains.getRightExpression());
            Set<Kind> wrong = without(left, Kind.TEXT, Kind.NULL);
            if (!wrong.isEmpty()) {
                throw new LayoutPolicy.Refused(
                        expression.getLineNumber(),
                        "\"contains\" só se aplica a textos; à esquerda dele pode haver " + labels(wrong));
            }
            return EnumSet.of(Kind.BOOLEAN);
        }
        if (expression instanceof PositiveTestExpression || expression instanceof NegativeTestExpression) {
            var binary = (BinaryExpression<?>) expression;
            kinds(binary.getLeftExpression());
            TestInvocationExpression test = (TestInvocationExpression) binary.getRightExpression();
            if (!noArguments(test.getArgs())) {
                throw new LayoutPolicy.Refused(
                        test.getLineNumber(),
                        "o teste \"" + test.getTestName() + "\" não recebe argumentos; escreva só \"is "
                                + test.getTestName() + "\"");
            }
            return EnumSet.of(Kind.BOOLEAN);
        }
        if (expression instanceof TernaryExpression ternary) {
            notNull(kinds(ternary.getExpression1()), expression.getLineNumber(), "a condição de \"? :\"");
            EnumSet<Kind> result = EnumSet.noneOf(Kind.class);
            result.addAll(kinds(ternary.getExpression2()));
            result.addAll(kinds(ternary.getExpression3()));
            return result;
        }
        if (expression instanceof FilterExpression filter) {
            Set<Kind> input = kinds(filter.getLeftExpression());
            return filter(input, (FilterInvocationExpression) filter.getRightExpression());
        }
        // LayoutPolicy refuses every other node before this runs.
        throw new LayoutPolicy.Refused(
                expression.getLineNumber(),
                "expressão não permitida; use variáveis, textos, filtros simples e {% if %}");
    }

    private static Set<Kind> filter(Set<Kind> input, FilterInvocationExpression invocation) {
        String name = invocation.getFilterName();
        Signature signature = name.equals("escape") ? ESCAPE : FILTERS.get(name);
        int line = invocation.getLineNumber();
        if (signature == null) {
            // LayoutPolicy refuses other filters first; kept so this class stands on its own.
            throw new LayoutPolicy.Refused(line, "o filtro \"" + name + "\" não é permitido");
        }
        List<Expression<?>> values = arguments(name, signature, invocation.getArgs(), line);
        EnumSet<Kind> output = EnumSet.noneOf(Kind.class);
        for (int i = 0; i < values.size(); i++) {
            Argument argument = signature.arguments().get(i);
            Expression<?> value = values.get(i);
            if (argument.literalLength()) {
                if (!(value instanceof LiteralLongExpression literal)
                        || literal.getValue() < 1
                        || literal.getValue() > MAX_ABBREVIATE) {
                    throw new LayoutPolicy.Refused(
                            line,
                            "o argumento " + argument.name() + " do filtro \"" + name
                                    + "\" deve ser um número inteiro entre 1 e " + MAX_ABBREVIATE
                                    + ", escrito no layout, como " + signature.example());
                }
            } else {
                output.addAll(kinds(value));
            }
        }
        if (signature.textInput()) {
            Set<Kind> wrong = without(input, Kind.TEXT, Kind.NULL);
            if (!wrong.isEmpty()) {
                throw new LayoutPolicy.Refused(
                        line,
                        "o filtro \"" + name + "\" só se aplica a textos; aqui ele pode receber " + labels(wrong));
            }
        }
        if (name.equals("default")) {
            // The input when it is not empty, else the argument.
            output.addAll(without(input, Kind.NULL));
            return output;
        }
        // Null stays null; anything else becomes text, or escaped text for escape.
        if (input.contains(Kind.NULL)) output.add(Kind.NULL);
        if (!without(input, Kind.NULL).isEmpty()) output.add(signature == ESCAPE ? Kind.ESCAPED : Kind.TEXT);
        return output;
    }

    /**
     * The argument expressions in the order of the signature, refusing missing, extra, unknown or
     * repeated ones (Pebble passes a missing one as null and ignores extra ones of some filters).
     */
    private static List<Expression<?>> arguments(String name, Signature signature, ArgumentsNode args, int line) {
        List<Argument> expected = signature.arguments();
        List<PositionalArgumentNode> positional =
                args == null || args.getPositionalArgs() == null ? List.of() : args.getPositionalArgs();
        List<NamedArgumentNode> named = args == null || args.getNamedArgs() == null ? List.of() : args.getNamedArgs();
        if (positional.size() > expected.size()) throw wrongCount(name, signature, line);
        List<Expression<?>> values = new ArrayList<>();
        for (PositionalArgumentNode argument : positional) values.add(argument.getValueExpression());
        for (int i = values.size(); i < expected.size(); i++) values.add(null);
        for (NamedArgumentNode argument : named) {
            int index = -1;
            for (int i = 0; i < expected.size(); i++) {
                if (expected.get(i).name().equals(argument.getName())) index = i;
            }
            if (index < 0) {
                throw new LayoutPolicy.Refused(
                        line,
                        "o filtro \"" + name + "\" não tem o argumento \"" + argument.getName() + "\"; use "
                                + signature.example());
            }
            if (values.get(index) != null) {
                throw new LayoutPolicy.Refused(
                        line, "o argumento " + argument.getName() + " do filtro \"" + name + "\" foi dado duas vezes");
            }
            values.set(index, argument.getValueExpression());
        }
        if (values.contains(null)) throw wrongCount(name, signature, line);
        return values;
    }

    private static LayoutPolicy.Refused wrongCount(String name, Signature signature, int line) {
        List<Argument> expected = signature.arguments();
        if (expected.isEmpty()) {
            return new LayoutPolicy.Refused(
                    line, "o filtro \"" + name + "\" não recebe argumentos; escreva só \"| " + name + "\"");
        }
        return new LayoutPolicy.Refused(
                line,
                "o filtro \"" + name + "\" precisa de " + expected.size()
                        + (expected.size() == 1 ? " argumento (" : " argumentos (")
                        + expected.stream().map(Argument::name).collect(Collectors.joining(", "))
                        + "), como " + signature.example());
    }

    /** Pebble's {@code if}, {@code ? :}, {@code and}, {@code or} and {@code not} fail on null and escaped text. */
    private static void notNull(Set<Kind> kinds, int line, String what) {
        if (kinds.contains(Kind.NULL)) {
            throw new LayoutPolicy.Refused(
                    line,
                    what + " pode ficar sem valor (null), e o layout não poderia ser gerado; "
                            + "use \"is null\" ou \"is empty\" para testar um valor");
        }
        if (kinds.contains(Kind.ESCAPED)) {
            throw new LayoutPolicy.Refused(
                    line,
                    what + " recebe o resultado do filtro \"escape\", que não serve como condição; "
                            + "tire o escape (o HTML já é escapado sozinho)");
        }
    }

    private static boolean noArguments(ArgumentsNode args) {
        return args == null
                || ((args.getNamedArgs() == null || args.getNamedArgs().isEmpty())
                        && (args.getPositionalArgs() == null
                                || args.getPositionalArgs().isEmpty()));
    }

    private static Set<Kind> without(Set<Kind> kinds, Kind... removed) {
        EnumSet<Kind> rest = EnumSet.noneOf(Kind.class);
        rest.addAll(kinds);
        for (Kind kind : removed) rest.remove(kind);
        return rest;
    }

    private static String labels(Set<Kind> kinds) {
        return kinds.stream().map(k -> k.label).collect(Collectors.joining(" ou "));
    }
}
