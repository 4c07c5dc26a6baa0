package br.com.regua.webhooks;

import java.util.List;

/** What the merchant sends to create or change an endpoint; {@code active} defaults to true. */
public record WebhookData(String url, List<String> events, Boolean active) {}
