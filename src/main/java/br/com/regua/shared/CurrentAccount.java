package br.com.regua.shared;

import java.util.UUID;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/** The account of the authenticated caller; every query a request makes is filtered by it. */
public final class CurrentAccount {

    private CurrentAccount() {}

    public static UUID id() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof AccountHolder holder) {
            return holder.accountId();
        }
        throw new AccessDeniedException("no account");
    }
}
