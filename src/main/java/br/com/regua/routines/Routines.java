package br.com.regua.routines;

import br.com.regua.shared.Ids;
import br.com.regua.shared.NotFoundException;
import br.com.regua.shared.Page;
import br.com.regua.shared.PageRequest;
import java.util.UUID;
import org.springframework.stereotype.Service;

/** Routines ("rotinas") of an account (product.md §3.5). */
@Service
public class Routines {

    private final RoutineRows rows;

    Routines(RoutineRows rows) {
        this.rows = rows;
    }

    public Routine create(UUID accountId, RoutineData data) {
        UUID id = Ids.next();
        rows.insert(accountId, id, data);
        return get(accountId, id);
    }

    public Routine update(UUID accountId, UUID id, RoutineData data) {
        if (!rows.update(accountId, id, data)) throw notFound();
        return get(accountId, id);
    }

    public Routine get(UUID accountId, UUID id) {
        return rows.find(accountId, id).orElseThrow(Routines::notFound);
    }

    public Page<Routine> list(UUID accountId, PageRequest page) {
        return rows.list(accountId, page);
    }

    private static NotFoundException notFound() {
        return new NotFoundException("Rotina");
    }
}
