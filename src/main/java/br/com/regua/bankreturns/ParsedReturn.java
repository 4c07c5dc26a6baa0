package br.com.regua.bankreturns;

import java.util.List;

/** A return file read whole: its layout, bank, whose it is, and its titles in file order. */
record ParsedReturn(ReturnFormat format, String bank, Identity identity, List<Title> titles) {}
