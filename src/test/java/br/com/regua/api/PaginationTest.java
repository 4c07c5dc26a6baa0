package br.com.regua.api;

import static org.assertj.core.api.Assertions.assertThat;

import br.com.regua.testing.Api;
import br.com.regua.testing.Fixtures;
import br.com.regua.testing.IntegrationTest;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class PaginationTest extends IntegrationTest {

    @Test
    void a_cursor_walks_every_item_once_in_creation_order() {
        Api api = newAccount();
        List<String> created = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            var customer = Fixtures.aCustomer();
            customer.put("name", "Cliente " + i);
            created.add(api.post("/customers", customer).id());
        }

        List<String> seen = new ArrayList<>();
        String next = null;
        int pages = 0;
        do {
            Api.Response page = api.get("/customers?limit=2" + (next == null ? "" : "&cursor=" + next));
            page.json().get("items").forEach(item -> seen.add(item.get("id").asString()));
            next = page.field("next");
            pages++;
        } while (next != null);

        assertThat(pages).isEqualTo(3);
        assertThat(seen).containsExactlyElementsOf(created);
    }

    @Test
    void search_finds_customers_by_name_or_document() {
        Api api = newAccount();
        api.post("/customers", Fixtures.aCustomer());
        var company = Fixtures.aCustomer();
        company.put("name", "Provedor Alfa Ltda");
        company.put("document", "11.222.333/0001-81");
        api.post("/customers", company);

        assertThat(api.get("/customers?search=alfa").json().get("items")).hasSize(1);
        assertThat(api.get("/customers?search=11.222").json().get("items")).hasSize(1);
        assertThat(api.get("/customers?search=529982").json().get("items")).hasSize(1);
        assertThat(api.get("/customers?search=").json().get("items")).hasSize(2);
    }
}
