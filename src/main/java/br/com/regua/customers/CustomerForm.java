package br.com.regua.customers;

/**
 * The customer edit form ("Editar", seed 003): the customer's data, its postal address as
 * separate fields, and "Enviar boletos gerados via Correios". A bean, for the form's binding.
 */
public class CustomerForm {

    private String name = "";
    private String document = "";
    private String email = "";
    private String mobilePhone = "";
    private String externalReference = "";
    private String cep = "";
    private String street = "";
    private String number = "";
    private String complement = "";
    private String district = "";
    private String city = "";
    private String state = "";
    private boolean postalDelivery;

    static CustomerForm of(Customer customer, boolean postalDelivery) {
        CustomerForm form = new CustomerForm();
        form.name = customer.name();
        form.document = customer.document();
        form.email = orBlank(customer.email());
        form.mobilePhone = orBlank(customer.mobilePhone());
        form.externalReference = orBlank(customer.externalReference());
        PostalAddress a = customer.address();
        if (a != null) {
            form.cep = a.cep();
            form.street = a.street();
            form.number = a.number();
            form.complement = orBlank(a.complement());
            form.district = a.district();
            form.city = a.city();
            form.state = a.state();
        }
        form.postalDelivery = postalDelivery;
        return form;
    }

    /** No address when every address field is blank; otherwise the address as typed, to validate. */
    PostalAddress address() {
        boolean none = blank(cep)
                && blank(street)
                && blank(number)
                && blank(complement)
                && blank(district)
                && blank(city)
                && blank(state);
        return none ? null : new PostalAddress(cep, street, number, complement, district, city, state);
    }

    CustomerData data() {
        return new CustomerData(name, document, email, mobilePhone, externalReference, null, address());
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    private static String orBlank(String s) {
        return s == null ? "" : s;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getDocument() {
        return document;
    }

    public void setDocument(String document) {
        this.document = document;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getMobilePhone() {
        return mobilePhone;
    }

    public void setMobilePhone(String mobilePhone) {
        this.mobilePhone = mobilePhone;
    }

    public String getExternalReference() {
        return externalReference;
    }

    public void setExternalReference(String externalReference) {
        this.externalReference = externalReference;
    }

    public String getCep() {
        return cep;
    }

    public void setCep(String cep) {
        this.cep = cep;
    }

    public String getStreet() {
        return street;
    }

    public void setStreet(String street) {
        this.street = street;
    }

    public String getNumber() {
        return number;
    }

    public void setNumber(String number) {
        this.number = number;
    }

    public String getComplement() {
        return complement;
    }

    public void setComplement(String complement) {
        this.complement = complement;
    }

    public String getDistrict() {
        return district;
    }

    public void setDistrict(String district) {
        this.district = district;
    }

    public String getCity() {
        return city;
    }

    public void setCity(String city) {
        this.city = city;
    }

    public String getState() {
        return state;
    }

    public void setState(String state) {
        this.state = state;
    }

    public boolean isPostalDelivery() {
        return postalDelivery;
    }

    public void setPostalDelivery(boolean postalDelivery) {
        this.postalDelivery = postalDelivery;
    }
}
