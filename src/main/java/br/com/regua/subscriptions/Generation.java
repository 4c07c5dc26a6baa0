package br.com.regua.subscriptions;

/**
 * What one generation for a date did: {@code due} charges were owed by then, {@code created} of
 * them were created now, the rest existed already (an earlier or a racing run made them).
 */
public record Generation(int due, int created) {

    public int alreadyGenerated() {
        return due - created;
    }
}
