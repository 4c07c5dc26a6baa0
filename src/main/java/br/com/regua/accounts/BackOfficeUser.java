package br.com.regua.accounts;

import br.com.regua.shared.AccountHolder;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/** A person of an account's finance staff, signed in to the back-office. */
record BackOfficeUser(UUID accountId, UUID id, String username, String passwordHash, String accountName)
        implements UserDetails, AccountHolder {

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return List.of(new SimpleGrantedAuthority("ROLE_USER"));
    }

    @Override
    public String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return username;
    }
}
