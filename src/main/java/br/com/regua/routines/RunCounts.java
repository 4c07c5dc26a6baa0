package br.com.regua.routines;

import java.util.Map;

/** What a run's task did: candidates evaluated, notifications queued, candidates skipped by reason. */
record RunCounts(int evaluated, int queued, Map<String, Integer> skipped) {

    RunCounts {
        skipped = skipped == null ? Map.of() : Map.copyOf(skipped);
    }
}
