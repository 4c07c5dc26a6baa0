package br.com.regua.templates;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class LayoutsDocumentationTest {

    @Test
    void docs_layouts_lists_every_variable_with_its_meaning_and_example() throws Exception {
        String doc = Files.readString(Path.of("docs", "LAYOUTS.md"));

        for (Variable variable : Variable.values()) {
            assertThat(doc)
                    .contains("| `" + variable.key() + "` | " + variable.meaning() + " | " + variable.example() + " |");
        }
        for (String id : BuiltinLayouts.IDS) assertThat(doc).contains(id);
    }
}
