package org.claimcheck.facts;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.reflect.RecordComponent;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The rule author's guide documents every field of every fact type: a field added without a row in
 * docs/RULES.md fails here.
 */
class RuleGuideTest {

    @ParameterizedTest(name = "{0}")
    @ValueSource(classes = {Quantity.class, Claim.class, Reaction.class, Source.class, Place.class,
            Containment.class, Sentence.class, Document.class, SameCount.class, Event.class})
    void everyFieldOfTheFactTypeHasARowInTheGuide(Class<? extends Record> fact) throws IOException {
        // given
        String guide = Files.readString(Path.of("docs/RULES.md"), StandardCharsets.UTF_8);
        int start = guide.indexOf("### `" + fact.getSimpleName() + "`");
        int end = guide.indexOf("\n### ", start + 1);
        String section = start < 0 ? "" : guide.substring(start, end < 0 ? guide.length() : end);

        // when
        List<String> undocumented = new ArrayList<>();
        for (RecordComponent component : fact.getRecordComponents()) {
            if (!section.contains("| `" + component.getName() + "` |")) {
                undocumented.add(component.getName());
            }
        }

        // then
        assertThat(section).as("docs/RULES.md has a section for %s", fact.getSimpleName()).isNotEmpty();
        assertThat(undocumented).as("fields of %s missing from docs/RULES.md", fact.getSimpleName()).isEmpty();
    }
}
