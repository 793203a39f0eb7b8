package org.claimcheck.extract;

import java.util.List;
import org.claimcheck.extract.attribution.AttributionExtractor;
import org.claimcheck.extract.attribution.ReportingCueFinder;
import org.claimcheck.extract.attribution.ResponseLinker;
import org.claimcheck.extract.attribution.SourceResolver;
import org.claimcheck.extract.event.EventSegmenter;
import org.claimcheck.extract.place.PlaceExtractor;
import org.claimcheck.extract.quantity.FigureAttributor;
import org.claimcheck.extract.quantity.QuantityExtractor;
import org.claimcheck.extract.syntax.ClauseSegmenter;
import org.claimcheck.extract.syntax.NounPhraseChunker;
import org.claimcheck.extract.syntax.PartOfSpeechTagger;
import org.claimcheck.extract.syntax.PrepositionalPhraseChunker;
import org.claimcheck.extract.syntax.VerbGroupChunker;
import org.claimcheck.extract.text.SentenceSplitter;
import org.claimcheck.extract.text.Tokenizer;
import org.claimcheck.extract.time.TimeExpressionFinder;

/** Holds the standard pipeline, built once on first use because the gazetteer takes a moment to load. */
final class StandardPipeline {

    static final Pipeline INSTANCE = new Pipeline(List.of(
            new SentenceSplitter(),
            new Tokenizer(),
            new PartOfSpeechTagger(),
            new NounPhraseChunker(),
            new VerbGroupChunker(),
            new PrepositionalPhraseChunker(),
            new ClauseSegmenter(),
            new PlaceExtractor(),
            new TimeExpressionFinder(),
            new ReportingCueFinder(),
            new AttributionExtractor(),
            new SourceResolver(),
            new ResponseLinker(),
            new QuantityExtractor(),
            new FigureAttributor(),
            new EventSegmenter()));

    private StandardPipeline() {
    }
}
