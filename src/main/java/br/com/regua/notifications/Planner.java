package br.com.regua.notifications;

import org.springframework.stereotype.Service;

/**
 * The routine planner: for a window of send dates, finds every (charge, rule or event, contact)
 * due then, applies the eligibility chain of product.md §3.6, and inserts the notifications in one
 * set-based statement; a second pass over the same dates inserts nothing.
 */
@Service
public class Planner {

    public PlanResult plan(PlanRequest request) {
        throw new UnsupportedOperationException("planner not written yet");
    }
}
