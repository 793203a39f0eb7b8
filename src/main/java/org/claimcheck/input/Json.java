package org.claimcheck.input;

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
            .build();

    private Json() {
    }

    /** Returns what a parse error says is wrong, without Jackson's echo of the input. */
    public static String problem(com.fasterxml.jackson.core.JsonProcessingException e) {
        String message = e.getOriginalMessage();
        int echo = message.indexOf(" (start marker at");
        return echo < 0 ? message : message.substring(0, echo);
    }

    /** Returns the shared, thread-safe mapper. */
    public static ObjectMapper mapper() {
        return MAPPER;
    }
}
