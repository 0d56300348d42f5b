package id.sinergi.scoring.rest;

import id.sinergi.scoring.InputEntry;
import id.sinergi.shared.DecimalInput;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.core.json.JsonReadFeature;

/**
 * Reads {@code {"levels": {"<code>": <number>, ...}}} token by token, so that what a data-binding
 * map would hide stays visible: a code sent twice, the exact digits of each number (1.875 stays
 * 1.875, never a double), and a value that is not a number (or not one {@link DecimalInput} accepts).
 */
final class ScoreRequestReader {

    /**
     * Numbers are read as text and judged by {@link DecimalInput}, so that NaN, a huge exponent or
     * thousands of digits are reported against the indicator that carried them; the body limit
     * (64 KB) bounds how long a number token can be.
     */
    private static final JsonFactory FACTORY = JsonFactory.builder()
            .enable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS)
            .streamReadConstraints(StreamReadConstraints.builder().maxNumberLength(ScoreController.MAX_BODY_BYTES).build())
            .build();

    private ScoreRequestReader() {
    }

    /** The entries in the order sent, or the reason the body is not a score request. */
    static Result read(byte[] body) {
        if (body == null || body.length == 0) {
            return Result.failure("score.request.empty");
        }
        List<InputEntry> entries = new ArrayList<>();
        boolean sawLevels = false;
        try (JsonParser parser = FACTORY.createParser(ObjectReadContext.empty(), body)) {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                return Result.failure("score.request.notObject");
            }
            while (parser.nextToken() == JsonToken.PROPERTY_NAME) {
                String field = parser.currentName();
                JsonToken value = parser.nextToken();
                if (!"levels".equals(field)) {
                    parser.skipChildren();
                    continue;
                }
                if (sawLevels) {
                    return Result.failure("score.request.levelsTwice");
                }
                sawLevels = true;
                if (value != JsonToken.START_OBJECT) {
                    return Result.failure("score.request.levelsNotObject");
                }
                while (parser.nextToken() == JsonToken.PROPERTY_NAME) {
                    String code = parser.currentName();
                    JsonToken token = parser.nextToken();
                    if (token == JsonToken.VALUE_NUMBER_INT || token == JsonToken.VALUE_NUMBER_FLOAT) {
                        entries.add(new InputEntry(code, DecimalInput.parse(parser.getString()).orElse(null)));
                    } else {
                        parser.skipChildren();
                        entries.add(new InputEntry(code, null));
                    }
                }
            }
            if (parser.nextToken() != null) {
                return Result.failure("score.request.trailing");
            }
        } catch (JacksonException | NumberFormatException e) {
            return Result.failure("score.request.notJson");
        }
        if (!sawLevels) {
            return Result.failure("score.request.noLevels");
        }
        return new Result(entries, null);
    }

    /** Either the entries or the message key of what is wrong with the body as a whole. */
    record Result(List<InputEntry> entries, String failureKey) {

        static Result failure(String key) {
            return new Result(List.of(), key);
        }

        public Optional<String> failure() {
            return Optional.ofNullable(failureKey);
        }
    }
}
