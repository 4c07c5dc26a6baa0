package br.com.regua.bankreturns;

import br.com.regua.shared.Ids;
import br.com.regua.shared.InvalidFieldException;
import br.com.regua.shared.NotFoundException;
import br.com.regua.shared.Page;
import br.com.regua.shared.PageRequest;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Bank return files: the upload reads the file whole (refusing it whole, with line and field, when
 * it is not what its layout says), stages its titles and answers at once; a background thread then
 * applies it ({@link ReturnApplication}). The same bytes imported again by the account answer the
 * earlier import and change nothing. An import left PROCESSING by a crash or a restart is resumed:
 * at start and by a sweep every minute, by whichever instance locks it first.
 */
@Component
public class BankReturns implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(BankReturns.class);

    /** 50,000 CNAB 400 titles are 20 MB; a bank's daily file for one agreement is far below. */
    public static final int MAX_BYTES = 32 * 1024 * 1024;

    private final BankReturnRows rows;
    private final ReturnApplication application;
    private final TransactionTemplate transactions;
    private final ScheduledExecutorService worker = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread thread = new Thread(r, "bank-returns");
        thread.setDaemon(true);
        return thread;
    });

    BankReturns(BankReturnRows rows, ReturnApplication application, TransactionTemplate transactions) {
        this.rows = rows;
        this.application = application;
        this.transactions = transactions;
    }

    /** What an upload answers: the import, and whether it is an earlier one found by its bytes. */
    public record Imported(BankReturn bankReturn, boolean replayed) {}

    /**
     * Reads and stages {@code bytes}; the import is PROCESSING (applied in the background) or
     * REJECTED (nothing applied, {@code errors} say why), or the earlier import of the same bytes.
     */
    public Imported importFile(UUID accountId, String fileName, byte[] bytes) {
        if (bytes.length == 0) throw new InvalidFieldException("file", "o arquivo está vazio");
        if (bytes.length > MAX_BYTES) {
            throw new InvalidFieldException("file", "arquivo maior que " + MAX_BYTES / (1024 * 1024) + " MB");
        }
        String sha256 = sha256(bytes);
        var earlier = rows.findBySha(accountId, sha256);
        if (earlier.isPresent()) return new Imported(earlier.get(), true);
        String name = fileName == null || fileName.isBlank() ? null : clip(fileName.trim(), 200);
        UUID id = Ids.next();
        ParsedReturn parsed;
        try {
            parsed = ReturnFileReader.read(bytes);
        } catch (RejectedFile refused) {
            var rejected = new BankReturnRows.NewImport(
                    id, sha256, name, bytes.length, BankReturnStatus.REJECTED, null, refused.errors());
            if (!rows.insert(accountId, rejected))
                return new Imported(rows.findBySha(accountId, sha256).orElseThrow(), true);
            return new Imported(get(accountId, id), false);
        }
        Boolean inserted = transactions.execute(tx -> {
            var staged = new BankReturnRows.NewImport(
                    id, sha256, name, bytes.length, BankReturnStatus.PROCESSING, parsed, List.of());
            if (!rows.insert(accountId, staged)) return false;
            rows.stage(accountId, id, parsed.titles());
            return true;
        });
        if (!Boolean.TRUE.equals(inserted))
            return new Imported(rows.findBySha(accountId, sha256).orElseThrow(), true);
        BankReturn staged = get(accountId, id);
        submit(accountId, id);
        return new Imported(staged, false);
    }

    public BankReturn get(UUID accountId, UUID id) {
        BankReturn found = rows.find(accountId, id).orElseThrow(() -> new NotFoundException("Arquivo retorno"));
        return found.withRejected(rows.items(accountId, id, 0, 1000, LineResult.REJECTED));
    }

    public Page<BankReturn> list(UUID accountId, PageRequest page) {
        return rows.list(accountId, page);
    }

    /** The latest imports, newest first (the back-office history). */
    public List<BankReturn> latest(UUID accountId, int limit) {
        return rows.latest(accountId, limit);
    }

    /** A page of the file's titles in file order; {@code afterLine} 0 for the first page. */
    public LinePage lines(UUID accountId, UUID id, int afterLine, int limit) {
        rows.find(accountId, id).orElseThrow(() -> new NotFoundException("Arquivo retorno"));
        List<BankReturnItem> items = rows.items(accountId, id, afterLine, limit + 1, null);
        if (items.size() <= limit) return new LinePage(items, null);
        List<BankReturnItem> page = List.copyOf(items.subList(0, limit));
        return new LinePage(page, String.valueOf(page.get(page.size() - 1).line()));
    }

    /** {@code next} is the cursor of the following page (the last line shown), null at the end. */
    public record LinePage(List<BankReturnItem> items, String next) {}

    /** What the bank said about a charge, every occurrence of every file, oldest first. */
    public List<ChargeBankOccurrence> history(UUID accountId, UUID chargeId) {
        return rows.history(accountId, chargeId);
    }

    /** Applies an import now, in the caller's thread (tests, and the background worker). */
    public void apply(UUID accountId, UUID id) {
        application.apply(accountId, id);
    }

    @EventListener(ApplicationReadyEvent.class)
    void resumeAndSweep() {
        worker.scheduleWithFixedDelay(this::resume, 0, 1, TimeUnit.MINUTES);
    }

    /** Applies every import still PROCESSING (what a restart does first). */
    void resume() {
        List<UUID[]> pending;
        try {
            pending = rows.processing();
        } catch (RuntimeException e) {
            log.warn("looking for bank returns to resume failed; next sweep in a minute", e);
            return;
        }
        for (UUID[] stuck : pending) {
            try {
                apply(stuck[0], stuck[1]);
            } catch (RuntimeException e) {
                log.error("bank return {} of account {} failed again; next sweep in a minute", stuck[1], stuck[0], e);
            }
        }
    }

    private void submit(UUID accountId, UUID id) {
        worker.execute(() -> {
            try {
                apply(accountId, id);
            } catch (RuntimeException e) {
                log.error("bank return {} of account {} failed; the sweep retries it", id, accountId, e);
            }
        });
    }

    @Override
    public void destroy() {
        worker.shutdownNow();
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String clip(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max);
    }
}
