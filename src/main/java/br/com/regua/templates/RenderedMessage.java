package br.com.regua.templates;

/**
 * A layout rendered for one recipient. E-mail: {@code subject} (one line), {@code html} and
 * {@code text}. SMS: {@code text}. WhatsApp: {@code whatsapp} with the rendered parameters, and
 * {@code text} when the layout shows the message.
 */
public record RenderedMessage(String subject, String html, String text, WhatsAppTemplate whatsapp) {}
