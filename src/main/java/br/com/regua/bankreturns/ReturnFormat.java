package br.com.regua.bankreturns;

/** The two Febraban layouts of a return file. */
public enum ReturnFormat {
    CNAB400(400),
    CNAB240(240);

    private final int width;

    ReturnFormat(int width) {
        this.width = width;
    }

    int width() {
        return width;
    }
}
