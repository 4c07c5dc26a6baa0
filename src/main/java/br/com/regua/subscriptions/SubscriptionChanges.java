package br.com.regua.subscriptions;

import com.fasterxml.jackson.annotation.JsonIgnore;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonPOJOBuilder;

/**
 * What a PUT changes; an absent field stays as it is. Changes apply to the charges not generated
 * yet. The customer never changes, and the cycle and first due date only until the first charge
 * is generated (they define which due dates exist); sending them back unchanged is accepted, so a
 * client may PUT what it read. The end is the exception to "null is absent": an explicit JSON
 * {@code null} for {@code endDate} or {@code maxCharges} removes it ({@link #cleared}).
 */
@JsonDeserialize(builder = SubscriptionChanges.Json.class)
public record SubscriptionChanges(
        @Size(max = 36) String customerId,
        @Size(max = 36) String serviceId,
        @Size(max = 36) String paymentMethodId,
        @Positive @Max(SubscriptionData.MAX_AMOUNT) Long amount,
        @Size(max = 500) String description,
        Cycle cycle,
        LocalDate firstDueDate,
        @Min(0) @Max(SubscriptionData.MAX_DAYS_BEFORE) Integer generateDaysBefore,
        LocalDate endDate,
        @Min(1) @Max(SubscriptionData.MAX_CHARGES) Integer maxCharges,
        @JsonIgnore Set<End> cleared) {

    /** The fields of the end that an explicit {@code null} removes. */
    public enum End {
        END_DATE,
        MAX_CHARGES
    }

    public SubscriptionChanges {
        cleared = cleared == null || cleared.isEmpty() ? Set.of() : Set.copyOf(cleared);
    }

    /** Changes that remove nothing: a null field stays as it is. */
    public SubscriptionChanges(
            String customerId,
            String serviceId,
            String paymentMethodId,
            Long amount,
            String description,
            Cycle cycle,
            LocalDate firstDueDate,
            Integer generateDaysBefore,
            LocalDate endDate,
            Integer maxCharges) {
        this(
                customerId,
                serviceId,
                paymentMethodId,
                amount,
                description,
                cycle,
                firstDueDate,
                generateDaysBefore,
                endDate,
                maxCharges,
                Set.of());
    }

    boolean clears(End field) {
        return cleared.contains(field);
    }

    /**
     * Reads the JSON body: Jackson calls a setter for every field present, a {@code null} included,
     * and none for an absent one, which is how an explicit null on the end is told from no change.
     */
    @JsonPOJOBuilder(withPrefix = "")
    static final class Json {
        private String customerId;
        private String serviceId;
        private String paymentMethodId;
        private Long amount;
        private String description;
        private Cycle cycle;
        private LocalDate firstDueDate;
        private Integer generateDaysBefore;
        private LocalDate endDate;
        private Integer maxCharges;
        private final Set<End> cleared = EnumSet.noneOf(End.class);

        Json customerId(String v) {
            customerId = v;
            return this;
        }

        Json serviceId(String v) {
            serviceId = v;
            return this;
        }

        Json paymentMethodId(String v) {
            paymentMethodId = v;
            return this;
        }

        Json amount(Long v) {
            amount = v;
            return this;
        }

        Json description(String v) {
            description = v;
            return this;
        }

        Json cycle(Cycle v) {
            cycle = v;
            return this;
        }

        Json firstDueDate(LocalDate v) {
            firstDueDate = v;
            return this;
        }

        Json generateDaysBefore(Integer v) {
            generateDaysBefore = v;
            return this;
        }

        Json endDate(LocalDate v) {
            endDate = v;
            if (v == null) cleared.add(End.END_DATE);
            else cleared.remove(End.END_DATE);
            return this;
        }

        Json maxCharges(Integer v) {
            maxCharges = v;
            if (v == null) cleared.add(End.MAX_CHARGES);
            else cleared.remove(End.MAX_CHARGES);
            return this;
        }

        SubscriptionChanges build() {
            return new SubscriptionChanges(
                    customerId,
                    serviceId,
                    paymentMethodId,
                    amount,
                    description,
                    cycle,
                    firstDueDate,
                    generateDaysBefore,
                    endDate,
                    maxCharges,
                    cleared);
        }
    }
}
