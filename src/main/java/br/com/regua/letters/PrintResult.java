package br.com.regua.letters;

import java.util.Map;
import java.util.UUID;

/**
 * What a print run did: {@code evaluated} open boleto charges of customers with postal delivery
 * (and reprints waiting), {@code printed} letters in the batch {@code batchId} (null when nothing
 * was new: no empty batch is made), and the charges left out by reason.
 */
public record PrintResult(UUID batchId, int evaluated, int printed, Map<String, Integer> skipped) {

    /** Skip reason: the charge has been printed already (a reprint is explicit). */
    public static final String ALREADY_PRINTED = "ALREADY_PRINTED";

    /** Skip reason: postal delivery is on but the customer has no address (ticked before addresses existed). */
    public static final String NO_POSTAL_ADDRESS = "NO_POSTAL_ADDRESS";
}
