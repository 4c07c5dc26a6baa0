package br.com.regua.resends;

import br.com.regua.shared.Channel;
import java.util.Set;

/** The channels to resend on; absent or empty means every channel still within its limit. */
public record ResendRequest(Set<Channel> channels) {

    public static final ResendRequest ALL = new ResendRequest(null);
}
