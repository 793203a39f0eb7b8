package org.claimcheck.input;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;

/**
 * The project's one JSON configuration, shared by the readers here and the writers in {@code report}.
 *
 * <p>Readers are lenient about what articles carry (unknown fields are ignored); writers keep field order
 * as declared so the JSON report is stable for other tools.
 */
public final class Json {

    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(JsonParser.Feature.INCLUDE_SOURCE_IN_LOCATION)
            .build();

    private Json() {
    }

    /** Returns the shared, thread-safe mapper. */
    public static ObjectMapper mapper() {
        return MAPPER;
    }
}
