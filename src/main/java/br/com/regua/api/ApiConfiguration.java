package br.com.regua.api;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.FixedDelay;
import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import java.time.Duration;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import tools.jackson.databind.json.JsonMapper;

@Configuration(proxyBeanMethods = false)
class ApiConfiguration {

    /** Runs after Spring Security's filter chain (order -100), so the caller's account is known. */
    @Bean
    FilterRegistrationBean<IdempotencyFilter> idempotencyFilter(IdempotencyKeys keys, JsonMapper json) {
        FilterRegistrationBean<IdempotencyFilter> registration =
                new FilterRegistrationBean<>(new IdempotencyFilter(keys, json));
        registration.addUrlPatterns("/api/*");
        registration.setOrder(0);
        return registration;
    }

    /** Idempotency keys are kept for a day, as Stripe and Asaas do. */
    @Bean
    RecurringTask<Void> idempotencyKeyCleanup(IdempotencyKeys keys) {
        return Tasks.recurring("idempotency-key-cleanup", FixedDelay.of(Duration.ofHours(1)))
                .execute((instance, context) -> keys.deleteOlderThanOneDay());
    }

    @Bean
    OpenAPI openApi() {
        return new OpenAPI()
                .info(new Info()
                        .title("Régua API")
                        .version("v1")
                        .description("Régua de cobrança: clientes, cobranças, regras de envio e notificações. "
                                + "Erros seguem RFC 9457 (application/problem+json); listas são paginadas por "
                                + "cursor ({\"items\": [...], \"next\": ...}); POSTs aceitam Idempotency-Key."))
                .components(new Components()
                        .addSecuritySchemes(
                                "bearer",
                                new SecurityScheme()
                                        .type(SecurityScheme.Type.HTTP)
                                        .scheme("bearer")
                                        .description("Chave de API da conta")))
                .addSecurityItem(new SecurityRequirement().addList("bearer"));
    }
}
