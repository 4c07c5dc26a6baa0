package br.com.regua.fees;

import br.com.regua.shared.CurrentAccount;
import br.com.regua.shared.InvalidFieldException;
import br.com.regua.shared.PageRequest;
import br.com.regua.shared.Reais;
import br.com.regua.web.PageController;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.springframework.http.ResponseEntity;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Configurações > Tarifas: the price table and the month's statement (§4.2). */
@PageController
@RequestMapping("/configuracoes/tarifas")
class FeePages {

    private final Fees fees;

    FeePages(Fees fees) {
        this.fees = fees;
    }

    @GetMapping
    String page(
            @RequestParam(required = false) String mes, @RequestParam(required = false) String cursor, Model model) {
        UUID accountId = CurrentAccount.id();
        YearMonth month;
        try {
            month = fees.month(accountId, mes);
        } catch (InvalidFieldException e) {
            model.addAttribute("monthError", e.getMessage());
            month = fees.month(accountId, null);
        }
        FeePrices prices = fees.prices(accountId);
        if (!model.containsAttribute("typed")) model.addAttribute("typed", typed(prices));
        model.addAttribute("month", month);
        model.addAttribute(
                "statement", fees.statement(accountId, month, PageRequest.of(PageRequest.MAX_LIMIT, cursor)));
        return "fees/page";
    }

    @PostMapping("/precos")
    String save(
            @RequestParam(required = false) String whatsapp,
            @RequestParam(required = false) String sms,
            @RequestParam(required = false) String email,
            @RequestParam(required = false) String letterPage,
            RedirectAttributes next) {
        Map<String, String> typed = new LinkedHashMap<>();
        typed.put("whatsapp", whatsapp);
        typed.put("sms", sms);
        typed.put("email", email);
        typed.put("letterPage", letterPage);
        try {
            fees.setPrices(
                    CurrentAccount.id(),
                    new FeePrices(
                            centavos("whatsapp", whatsapp),
                            centavos("sms", sms),
                            centavos("email", email),
                            centavos("letterPage", letterPage)));
            next.addFlashAttribute("saved", true);
        } catch (InvalidFieldException e) {
            next.addFlashAttribute("typed", typed);
            next.addFlashAttribute("priceErrorField", e.field());
            next.addFlashAttribute("priceError", e.getMessage());
        }
        return "redirect:/configuracoes/tarifas";
    }

    @GetMapping("/extrato.csv")
    ResponseEntity<String> csv(@RequestParam(required = false) String mes) {
        UUID accountId = CurrentAccount.id();
        YearMonth month = fees.month(accountId, mes);
        return FeesController.csv(month, fees.csv(accountId, month));
    }

    /** A price as typed in reais; zero is a price (included in the fee per paid charge). */
    private static long centavos(String field, String raw) {
        if (raw == null || raw.isBlank()) throw new InvalidFieldException(field, "informe o preço (0,00 se incluído)");
        String trimmed = raw.replace("R$", "").trim();
        if (trimmed.matches("0+([.,]0{1,2})?")) return 0;
        try {
            long centavos = Reais.centavos(trimmed);
            if (centavos > FeePrices.MAX) throw new InvalidFieldException(field, "no máximo R$ 1.000,00 por unidade");
            return centavos;
        } catch (Reais.NotAnAmount e) {
            String message = e.getMessage();
            throw new InvalidFieldException(field, message.startsWith("informe") ? message : "o preço " + message);
        }
    }

    private static Map<String, String> typed(FeePrices prices) {
        Map<String, String> typed = new LinkedHashMap<>();
        typed.put("whatsapp", Reais.typed(prices.whatsapp()));
        typed.put("sms", Reais.typed(prices.sms()));
        typed.put("email", Reais.typed(prices.email()));
        typed.put("letterPage", Reais.typed(prices.letterPage()));
        return typed;
    }
}
