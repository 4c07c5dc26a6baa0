package br.com.regua.testing;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

/** Small factories for the Appendix A bodies, each overridable by key. */
public final class Fixtures {

    private Fixtures() {}

    public static Map<String, Object> aCustomer() {
        return new HashMap<>(Map.of(
                "name", "Maria Silva",
                "document", "529.982.247-25",
                "email", "maria@example.com",
                "mobilePhone", "+5511987654321",
                "address", anAddress()));
    }

    /** Appendix B's postal address. */
    public static Map<String, Object> anAddress() {
        return new HashMap<>(Map.of(
                "cep", "01310-100",
                "street", "Av. Paulista",
                "number", "1000",
                "district", "Bela Vista",
                "city", "São Paulo",
                "state", "SP"));
    }

    public static Map<String, Object> aService() {
        return new HashMap<>(Map.of(
                "description", "Fibra 300M", "status", "ACTIVE", "allowBillingEmail", true, "allowBillingSms", true));
    }

    public static Map<String, Object> aBoletoPaymentMethod() {
        return new HashMap<>(Map.of(
                "name",
                "Boleto Banco do Brasil",
                "kind",
                "BOLETO",
                "boleto",
                Map.of("bank", "001", "agency", "1234", "account", "56789", "wallet", "18", "agreement", "1234567")));
    }

    public static Map<String, Object> aCharge(
            String customerId, String serviceId, String paymentMethodId, LocalDate due) {
        Map<String, Object> charge = new HashMap<>(Map.of(
                "customerId",
                customerId,
                "paymentMethodId",
                paymentMethodId,
                "amount",
                15990,
                "dueDate",
                due.toString(),
                "description",
                "Mensalidade"));
        if (serviceId != null) charge.put("serviceId", serviceId);
        return charge;
    }

    /** A customer with a service and a boleto payment method, ready for charges. */
    public record Billing(Api api, String customerId, String serviceId, String paymentMethodId) {

        public static Billing in(Api api) {
            String customer = api.post("/customers", aCustomer()).id();
            String service =
                    api.post("/customers/" + customer + "/services", aService()).id();
            String method = api.post("/payment-methods", aBoletoPaymentMethod()).id();
            return new Billing(api, customer, service, method);
        }

        public Api.Response charge(LocalDate due) {
            return api.post("/charges", aCharge(customerId, serviceId, paymentMethodId, due));
        }
    }
}
