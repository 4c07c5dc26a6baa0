package br.com.regua.letters;

import br.com.regua.shared.CurrentAccount;
import br.com.regua.shared.Ids;
import br.com.regua.shared.PageRequest;
import br.com.regua.web.PageController;
import java.util.UUID;
import org.springframework.http.ResponseEntity;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** Cobranças > Cartas: the print batches, newest first, with their PDF and manifest. */
@PageController
@RequestMapping("/cobrancas/cartas")
class LetterPages {

    private final Letters letters;

    LetterPages(Letters letters) {
        this.letters = letters;
    }

    @GetMapping
    String list(@RequestParam(required = false) String cursor, Model model) {
        model.addAttribute("page", letters.batches(CurrentAccount.id(), PageRequest.of(null, cursor)));
        return "letters/list";
    }

    @GetMapping("/{id}.pdf")
    ResponseEntity<byte[]> pdf(@PathVariable String id) {
        UUID batchId = Ids.parseOrNotFound(id, "Lote de cartas");
        return LetterBatchesController.pdf(batchId, letters.pdf(CurrentAccount.id(), batchId));
    }

    @GetMapping("/{id}.csv")
    ResponseEntity<String> csv(@PathVariable String id) {
        UUID batchId = Ids.parseOrNotFound(id, "Lote de cartas");
        return LetterBatchesController.csv(batchId, letters.csv(CurrentAccount.id(), batchId));
    }
}
