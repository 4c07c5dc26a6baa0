package br.com.regua.bench;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The floor of benchmarks.md: {@code shared/bench/plan-floor.sql}, copied verbatim to
 * {@code src/test/resources/bench/plan-floor.sql} and split into its statements. Everything before
 * the first {@code INSERT INTO f_notifications} builds the data set; those inserts are the three
 * timed steps (plan, the same again, the 7-day catch-up); what follows is its closing check.
 */
record Floor(List<String> setup, List<String> steps, List<String> checks) {

    static final String RESOURCE = "/bench/plan-floor.sql";
    private static final String STEP_PREFIX = "INSERT INTO f_notifications";

    static Floor load() throws IOException {
        try (InputStream in = Floor.class.getResourceAsStream(RESOURCE)) {
            if (in == null) throw new IllegalStateException(RESOURCE + " is not on the classpath");
            return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
    }

    /** Whether the copy still matches the team's file, when that file is beside the repository. */
    static String compareWithShared() throws IOException {
        Path shared = Path.of("..", "shared", "bench", "plan-floor.sql");
        if (!Files.exists(shared)) return "(../shared/bench/plan-floor.sql not found: using the bundled copy)";
        try (InputStream in = Floor.class.getResourceAsStream(RESOURCE)) {
            boolean same = Arrays.equals(in.readAllBytes(), Files.readAllBytes(shared));
            return same
                    ? "identical to ../shared/bench/plan-floor.sql"
                    : "WARNING: differs from ../shared/bench/plan-floor.sql; copy it again";
        }
    }

    static Floor parse(String script) {
        StringBuilder text = new StringBuilder();
        for (String line : script.split("\n")) {
            String trimmed = line.strip();
            // psql meta-commands (\timing) and comments are not SQL the server should see.
            if (trimmed.startsWith("\\") || trimmed.startsWith("--")) continue;
            text.append(line).append('\n');
        }
        List<String> setup = new ArrayList<>();
        List<String> steps = new ArrayList<>();
        List<String> checks = new ArrayList<>();
        for (String statement : text.toString().split(";\\s*\n")) {
            String sql = statement.strip();
            if (sql.isEmpty()) continue;
            if (sql.startsWith(STEP_PREFIX)) steps.add(sql);
            else if (steps.isEmpty()) setup.add(sql);
            else checks.add(sql);
        }
        if (steps.size() != 3) throw new IllegalStateException("expected 3 timed inserts, found " + steps.size());
        return new Floor(setup, steps, checks);
    }
}
