package br.com.regua.customers;

import java.util.Map;

/**
 * A change to a customer's preferences: every part is optional and only what is given changes,
 * e.g. {@code {"groups": {"OVERDUE": {"CUSTOMER": {"SMS": false}}}}}.
 */
record PreferencesData(
        Boolean enabled, Boolean postalDelivery, Map<String, Map<String, Map<String, Boolean>>> groups) {}
