package id.sinergi.platform.web;

import id.sinergi.shared.DecimalInput;
import java.math.BigDecimal;
import org.springframework.boot.jackson.JacksonComponent;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.exc.InvalidFormatException;

/**
 * Every {@link BigDecimal} in a JSON body (levels, values, targets, baselines) is read by
 * {@link DecimalInput}, from the number's text, so {@code 3e999999999} or thousands of digits are
 * refused with the field named before any code compares or formats them.
 */
@JacksonComponent
class BoundedDecimals extends ValueDeserializer<BigDecimal> {

    @Override
    public BigDecimal deserialize(JsonParser parser, DeserializationContext context) {
        JsonToken token = parser.currentToken();
        if (token != JsonToken.VALUE_NUMBER_INT && token != JsonToken.VALUE_NUMBER_FLOAT && token != JsonToken.VALUE_STRING) {
            return (BigDecimal) context.handleUnexpectedToken(BigDecimal.class, parser);
        }
        String text = parser.getString();
        if (token == JsonToken.VALUE_STRING && text.isBlank()) {
            return null;
        }
        return DecimalInput.parse(text).orElseThrow(() -> InvalidFormatException.from(parser,
                "Not a number Sinergi accepts", DecimalInput.shown(text), BigDecimal.class));
    }
}
