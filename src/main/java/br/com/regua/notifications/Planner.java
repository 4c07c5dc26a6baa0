package br.com.regua.notifications;

import org.springframework.stereotype.Service;

/**
 * The routine planner: for a window of send dates, finds every (charge, rule or event, contact)
 * due then, applies the eligibility chain of product.md §3.6, and inserts the notifications in one
 * set-based statement; a second pass over the same dates inserts nothing.
 */
@Service
public class Planner {

    private final Outbox outbox;

    Planner(Outbox outbox) {
        this.outbox = outbox;
    }

    static java.util.Map<String, Object> params(Object... pairs) {
        var params = new java.util.HashMap<String, Object>();
        for (int i = 0; i < pairs.length; i += 2) params.put((String) pairs[i], pairs[i + 1]);
        return params;
    }

    public PlanResult plan(PlanRequest request) {
        if (request.from().isAfter(request.to())) throw new IllegalArgumentException("empty window");
        return outbox.queue(
                new Candidates.Window(request.channel()),
                request.accountId(),
                request.from(),
                request.to(),
                params("channel", request.channel().name(), "run", request.routineRunId()));
    }
}
