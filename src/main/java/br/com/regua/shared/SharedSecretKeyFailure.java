package br.com.regua.shared;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Prints the refusal of {@link SharedSecretKeyCheck} as "what is wrong" and "what to do". */
class SharedSecretKeyFailure extends AbstractFailureAnalyzer<SharedSecretKeyCheck.MissingSecretKeyException> {

    @Override
    protected FailureAnalysis analyze(Throwable root, SharedSecretKeyCheck.MissingSecretKeyException cause) {
        return new FailureAnalysis(
                SharedSecretKeyCheck.MissingSecretKeyException.PROBLEM,
                SharedSecretKeyCheck.MissingSecretKeyException.ACTION,
                cause);
    }
}
