package br.com.regua.bankreturns;

import br.com.regua.shared.CurrentAccount;
import br.com.regua.shared.Ids;
import br.com.regua.shared.InvalidFieldException;
import br.com.regua.web.PageController;
import java.io.IOException;
import java.util.UUID;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/**
 * Cobranças > Retorno bancário: the upload form and the history of imports, and each import's
 * report, which asks for itself every second while the file is PROCESSING.
 */
@PageController
@RequestMapping("/cobrancas/retorno-bancario")
class BankReturnPages {

    private static final int HISTORY = 50;
    private static final int LINES_PER_PAGE = 100;

    private final BankReturns bankReturns;

    BankReturnPages(BankReturns bankReturns) {
        this.bankReturns = bankReturns;
    }

    @GetMapping
    String list(Model model) {
        model.addAttribute("imports", bankReturns.latest(CurrentAccount.id(), HISTORY));
        return "bankreturns/list";
    }

    @PostMapping
    String upload(@RequestParam(name = "file", required = false) MultipartFile file, Model model) throws IOException {
        String error = null;
        if (file == null || file.isEmpty()) {
            error = "Escolha o arquivo retorno (.ret) que o banco enviou.";
        } else if (file.getSize() > BankReturns.MAX_BYTES) {
            error = "O arquivo passa de " + BankReturns.MAX_BYTES / (1024 * 1024) + " MB.";
        }
        if (error == null) {
            try {
                var imported = bankReturns.importFile(CurrentAccount.id(), file.getOriginalFilename(), file.getBytes());
                String id = imported.bankReturn().id().toString();
                return "redirect:/cobrancas/retorno-bancario/" + id + (imported.replayed() ? "?repetido" : "");
            } catch (InvalidFieldException e) {
                error = e.getMessage();
            }
        }
        model.addAttribute("fileError", error);
        return list(model);
    }

    @GetMapping("/{id}")
    String report(
            @PathVariable String id,
            @RequestParam(name = "depois", required = false) Integer afterLine,
            @RequestParam(name = "repetido", required = false) String repeated,
            @RequestHeader(name = "HX-Request", required = false) String htmx,
            Model model) {
        UUID accountId = CurrentAccount.id();
        UUID returnId = Ids.parseOrNotFound(id, "Arquivo retorno");
        BankReturn found = bankReturns.get(accountId, returnId);
        int after = afterLine == null || afterLine < 0 ? 0 : afterLine;
        model.addAttribute("report", found);
        model.addAttribute("repeated", repeated != null);
        model.addAttribute("page", bankReturns.lines(accountId, returnId, after, LINES_PER_PAGE));
        return htmx == null ? "bankreturns/report" : "bankreturns/report :: panel";
    }
}
