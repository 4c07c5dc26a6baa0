package br.com.regua.templates;

import io.pebbletemplates.pebble.cache.PebbleCache;
import io.pebbletemplates.pebble.template.PebbleTemplate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;

/**
 * Compiled layouts, least recently used out first. The string loader keys templates by their
 * whole text, so an unbounded cache would grow with every edit of every merchant.
 */
final class BoundedTemplateCache implements PebbleCache<Object, PebbleTemplate> {

    private final Map<Object, PebbleTemplate> entries;

    BoundedTemplateCache(int capacity) {
        this.entries = new LinkedHashMap<>(capacity, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<Object, PebbleTemplate> eldest) {
                return size() > capacity;
            }
        };
    }

    @Override
    public PebbleTemplate computeIfAbsent(Object key, Function<? super Object, ? extends PebbleTemplate> compile) {
        synchronized (entries) {
            PebbleTemplate cached = entries.get(key);
            if (cached != null) return cached;
        }
        // Compiled outside the lock: one slow template does not hold up the others.
        PebbleTemplate compiled = compile.apply(key);
        synchronized (entries) {
            PebbleTemplate raced = entries.putIfAbsent(key, compiled);
            return raced != null ? raced : compiled;
        }
    }

    @Override
    public void invalidateAll() {
        synchronized (entries) {
            entries.clear();
        }
    }
}
