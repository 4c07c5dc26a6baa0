package br.com.regua.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/**
 * CPU time used by the embedded PostgreSQL: the postmaster and all its children (backends, I/O
 * workers, WAL writer, checkpointer), from {@code /proc}. On a machine shared with other work the
 * wall-clock time of a statement mostly measures the run queue; the CPU time it costs does not.
 */
final class PostgresCpu {

    private static final double TICKS_PER_SECOND = 100.0; // USER_HZ on Linux

    private final long postmaster;

    private PostgresCpu(long postmaster) {
        this.postmaster = postmaster;
    }

    /** From the pid of any backend; null when /proc cannot tell (not Linux, or not on this host). */
    static PostgresCpu of(long backendPid) {
        long[] stat = stat(backendPid);
        return stat == null ? null : new PostgresCpu(stat[0]);
    }

    /** Seconds of CPU used so far by the postmaster and its living children. */
    double seconds() {
        long ticks = 0;
        try (Stream<Path> procs = Files.list(Path.of("/proc"))) {
            for (Path p : procs.toList()) {
                String name = p.getFileName().toString();
                if (!name.chars().allMatch(Character::isDigit)) continue;
                long pid = Long.parseLong(name);
                long[] stat = stat(pid);
                if (stat != null && (pid == postmaster || stat[0] == postmaster)) ticks += stat[1];
            }
        } catch (IOException e) {
            return Double.NaN;
        }
        return ticks / TICKS_PER_SECOND;
    }

    /** {parent pid, user + system ticks} of a process, or null. */
    private static long[] stat(long pid) {
        try {
            String stat = Files.readString(Path.of("/proc", Long.toString(pid), "stat"));
            // The command name may hold spaces and parentheses: fields start after the last ')'.
            String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            return new long[] {Long.parseLong(f[1]), Long.parseLong(f[11]) + Long.parseLong(f[12])};
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    /** The 1-minute load average, or NaN. */
    static double loadAverage() {
        try {
            return Double.parseDouble(Files.readString(Path.of("/proc/loadavg")).split(" ")[0]);
        } catch (IOException | RuntimeException e) {
            return Double.NaN;
        }
    }
}
