package br.com.regua.bench;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Every timed step of every round, and the table of medians printed at the end. */
final class Measurements {

    /** Who did the planning. */
    enum Variant {
        FLOOR("floor (plain SQL)"),
        PRODUCT("Régua, as shipped (overdue notice on)"),
        PRODUCT_NO_OVERDUE("Régua, overdue notice off (like for like)"),
        PRODUCT_MERCHANT_COPIES("Régua, as shipped + merchant copies (1 in 10)");

        final String label;

        Variant(String label) {
            this.label = label;
        }
    }

    /** The three steps of the workload, each on the notifications left by the previous one. */
    enum Step {
        PLAN("(1) plan 2026-12-10"),
        REPEAT("(2) the same again"),
        CATCH_UP("(3) catch-up 12-04..12-10");

        final String label;

        Step(String label) {
            this.label = label;
        }
    }

    /** Wall-clock seconds, CPU seconds of PostgreSQL, rows inserted. */
    record Sample(double seconds, double cpuSeconds, long rows) {}

    private final Map<Variant, Map<Step, List<Sample>>> samples = new EnumMap<>(Variant.class);

    void add(Variant variant, Step step, Sample sample) {
        samples.computeIfAbsent(variant, v -> new EnumMap<>(Step.class))
                .computeIfAbsent(step, s -> new ArrayList<>())
                .add(sample);
    }

    double medianSeconds(Variant variant, Step step, boolean cpu) {
        return median(list(variant, step).stream()
                .mapToDouble(cpu ? Sample::cpuSeconds : Sample::seconds)
                .toArray());
    }

    double medianRows(Variant variant, Step step) {
        return median(list(variant, step).stream().mapToDouble(Sample::rows).toArray());
    }

    String all(Variant variant, Step step) {
        return String.join(
                " ",
                list(variant, step).stream()
                        .map(s -> String.format(Locale.ROOT, "%.2f/%.2f", s.seconds(), s.cpuSeconds()))
                        .toList());
    }

    private List<Sample> list(Variant variant, Step step) {
        return samples.getOrDefault(variant, Map.of()).getOrDefault(step, List.of());
    }

    /**
     * A Markdown table: for each step, the floor's median and each product variant's, with ratios;
     * of wall-clock seconds, or of PostgreSQL's CPU seconds.
     */
    String table(boolean cpu) {
        String unit = cpu ? "CPU s" : "s";
        StringBuilder out = new StringBuilder();
        out.append("| step | floor " + unit + " | floor rows | Régua " + unit + " (as shipped) | ratio | rows"
                + " | Régua " + unit + " (overdue off) | ratio | rows"
                + " | Régua " + unit + " (+ merchant copies) | ratio | rows |\n");
        out.append("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n");
        for (Step step : Step.values()) {
            double floor = medianSeconds(Variant.FLOOR, step, cpu);
            out.append("| ")
                    .append(step.label)
                    .append(" | ")
                    .append(seconds(floor))
                    .append(" | ")
                    .append(rows(medianRows(Variant.FLOOR, step)));
            for (Variant v : List.of(Variant.PRODUCT, Variant.PRODUCT_NO_OVERDUE, Variant.PRODUCT_MERCHANT_COPIES)) {
                double product = medianSeconds(v, step, cpu);
                out.append(" | ")
                        .append(seconds(product))
                        .append(" | ")
                        .append(String.format(Locale.ROOT, "%.1f×", product / floor))
                        .append(" | ")
                        .append(rows(medianRows(v, step)));
            }
            out.append(" |\n");
        }
        return out.toString();
    }

    /** Every sample, for the record: seconds of each round. */
    String rounds() {
        StringBuilder out = new StringBuilder();
        for (Variant v : Variant.values()) {
            for (Step step : Step.values()) {
                out.append(String.format(Locale.ROOT, "  %-44s %-28s %s%n", v.label, step.label, all(v, step)));
            }
        }
        return out.toString();
    }

    private static String seconds(double s) {
        return String.format(Locale.ROOT, "%.2f", s);
    }

    private static String rows(double n) {
        return String.format(Locale.ROOT, "%,.0f", n);
    }

    static double median(double[] values) {
        if (values.length == 0) return Double.NaN;
        double[] sorted = values.clone();
        java.util.Arrays.sort(sorted);
        int mid = sorted.length / 2;
        return sorted.length % 2 == 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
    }
}
