package org.claimcheck.extract;

import java.util.List;

/** Holds the standard pipeline, built once on first use because the gazetteer takes a moment to load. */
final class StandardPipeline {

    static final Pipeline INSTANCE = new Pipeline(List.of(
            new SentenceSplitter(),
            new Tokenizer(),
            new PlaceExtractor(),
            new AttributionExtractor(),
            new SourceResolver(),
            new ResponseLinker(),
            new QuantityExtractor()));

    private StandardPipeline() {
    }
}
