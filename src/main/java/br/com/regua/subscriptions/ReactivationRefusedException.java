package br.com.regua.subscriptions;

/** Reactivation refused (HTTP 409): the detail names the reason and what to do. */
class ReactivationRefusedException extends RuntimeException {

    private final String reason;
    private final String address;

    ReactivationRefusedException(String reason, String address, String detail) {
        super(detail);
        this.reason = reason;
        this.address = address;
    }

    String reason() {
        return reason;
    }

    String address() {
        return address;
    }
}
