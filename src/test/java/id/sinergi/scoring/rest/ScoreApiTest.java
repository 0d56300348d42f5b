package id.sinergi.scoring.rest;

import static org.assertj.core.api.Assertions.assertThat;

import id.sinergi.WebTest;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import tools.jackson.databind.JsonNode;

class ScoreApiTest extends WebTest {

    private static final String SCORE_2020 = "/api/v1/frameworks/permenpanrb-59-2020/score";

    @Test
    void scoresAsThePublicContractSays() {
        HttpResponse<String> response = postJson(SCORE_2020, levels2020(i -> i <= 31 ? "3" : "4"));

        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode body = json(response);
        // (54.5·3 + 45.5·4) / 100 = 3.455 → 3.46
        assertThat(body.get("framework").asString()).isEqualTo("permenpanrb-59-2020");
        assertThat(body.get("index").asString()).isEqualTo("3.46");
        assertThat(body.get("indexExact").asString()).isEqualTo("3.455");
        assertThat(body.get("predicate").asString()).isEqualTo("Baik");
        assertThat(body.get("domains")).hasSize(4);
        assertThat(body.get("domains").get(0).get("code").asString()).isEqualTo("D1");
        assertThat(body.get("domains").get(0).get("weight").asString()).isEqualTo("13");
        assertThat(body.get("domains").get(3).get("index").asString()).isEqualTo("4.00");
        assertThat(body.get("aspects")).hasSize(8);
        assertThat(body.get("aspects").get(0).get("domain").asString()).isEqualTo("D1");
        assertThat(body.get("aspects").get(0).get("index").isString()).isTrue();
        assertThat(body.has("explanation")).isFalse();
    }

    @Test
    void explainsEveryFigureOnRequest() {
        JsonNode body = json(postJson(SCORE_2020 + "?explain=true", levels2020(i -> "3")));

        JsonNode explanation = body.get("explanation");
        assertThat(explanation.get("index").get("terms")).hasSize(4);
        assertThat(explanation.get("index").get("divisor").asString()).isEqualTo("100");
        assertThat(explanation.get("aspects").get(0).get("terms")).hasSize(10);
        assertThat(explanation.get("aspects").get(0).get("terms").get(0).get("product").asString()).isEqualTo("3.9");
    }

    @Test
    void anInstrumentWithoutDomainsHasAnEmptyDomainList() {
        String body = levels2026(i -> i == 20 ? "4.25" : "2.50");

        JsonNode result = json(postJson("/api/v1/frameworks/permenpanrb-8-2026/score", body));

        assertThat(result.get("domains")).isEmpty();
        assertThat(result.get("aspects")).hasSize(7);
        assertThat(result.get("index").asString()).isEqualTo("2.76");
        assertThat(result.get("indexExact").asString()).isEqualTo("2.7625");
        assertThat(result.get("predicate").asString()).isEqualTo("Baik");
    }

    @Test
    void unknownFrameworkIs404() {
        HttpResponse<String> response = postJson("/api/v1/frameworks/permenpanrb-99-2030/score", levels2020(i -> "3"));

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(json(response).get("detail").asString()).contains("permenpanrb-99-2030");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "missing indicator 5       | 5  | missing           | omit",
            "unknown indicator 48      | 48 | unknown           | extra",
            "duplicate indicator 7     | 7  | duplicate         | duplicate",
            "level 6 out of range      | 12 | out-of-range      | 6",
            "level 0 out of range      | 12 | out-of-range      | 0",
            "fractional level          | 12 | not-an-integer    | 2.5",
            "more than 2 decimals      | 12 | not-an-integer    | 3.001",
            "text instead of a number  | 12 | not-a-number      | \"3\"",
            "null instead of a number  | 12 | not-a-number      | null"})
    void badLevelsAreNamedInThe400Body(String name, String code, String problem, String variant) {
        String body = switch (variant) {
            case "omit" -> levels2020(i -> i == 5 ? null : "3");
            case "extra" -> levels2020(i -> "3").replace("}}", ", \"48\": 3}}");
            case "duplicate" -> levels2020(i -> "3").replace("}}", ", \"7\": 4}}");
            default -> levels2020(i -> i == 12 ? variant : "3");
        };

        HttpResponse<String> response = postJson(SCORE_2020, body);

        assertThat(response.statusCode()).isEqualTo(400);
        JsonNode problemDetail = json(response);
        assertThat(problemDetail.get("status").asInt()).isEqualTo(400);
        assertThat(problemDetail.get("detail").asString()).contains(code);
        assertThat(problemDetail.get("errors")).singleElement().satisfies(e -> {
            assertThat(e.get("indicator").asString()).isEqualTo(code);
            assertThat(e.get("problem").asString()).isEqualTo(problem);
            assertThat(e.get("message").asString()).startsWith("Indikator " + code);
        });
    }

    @Test
    void moreThanTwoDecimalsOnADecimalScaleIsNamed() {
        String body = levels2026(i -> i == 3 ? "2.505" : "2.50");

        JsonNode problem = json(postJson("/api/v1/frameworks/permenpanrb-8-2026/score", body));

        assertThat(problem.get("errors")).singleElement().satisfies(e -> {
            assertThat(e.get("indicator").asString()).isEqualTo("IND-03");
            assertThat(e.get("problem").asString()).isEqualTo("too-many-decimals");
        });
    }

    @Test
    void everyOffendingCodeIsNamedTogether() {
        String body = levels2020(i -> i == 1 ? "9" : i == 2 ? "1.5" : i == 3 ? null : "3").replace("}}", ", \"X\": 1}}");

        JsonNode problem = json(postJson(SCORE_2020, body));

        List<String> named = new ArrayList<>();
        problem.get("errors").forEach(e -> named.add(e.get("indicator").asString()));
        assertThat(named).containsExactly("1", "2", "X", "3");
    }

    @ParameterizedTest(name = "body {0}")
    @CsvSource(delimiter = '|', value = {
            "''",
            "not json",
            "[1, 2]",
            "{\"level\": {}}",
            "{\"levels\": [3, 4]}",
            "{\"levels\": {\"1\": 3}} trailing"})
    void aBodyThatIsNotAScoreRequestIsA400WithAMessage(String body) {
        HttpResponse<String> response = postJson(SCORE_2020, body);

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(json(response).get("detail").asString()).isNotBlank();
    }

    @Test
    void anOversizedBodyIsRefusedBeforeItIsRead() {
        String huge = "{\"levels\": {" + IntStream.range(0, 20_000).mapToObj(i -> "\"x" + i + "\": 1")
                .collect(Collectors.joining(",")) + "}}";

        HttpResponse<String> response = postJson(SCORE_2020, huge);

        assertThat(response.statusCode()).isEqualTo(413);
        assertThat(json(response).get("detail").asString()).contains("64 KB");
    }

    @Test
    void messagesFollowTheClientsLanguage() {
        HttpResponse<String> response = send(request(SCORE_2020).header("Content-Type", "application/json")
                .header("Accept-Language", "en")
                .POST(HttpRequest.BodyPublishers.ofString(levels2020(i -> i == 4 ? "7" : "3"))));

        assertThat(json(response).get("errors").get(0).get("message").asString())
                .isEqualTo("Indicator 4: value 7 is outside the range 1–5.");
    }

    private static String levels2026(java.util.function.IntFunction<String> value) {
        return "{\"levels\": {" + IntStream.rangeClosed(1, 20)
                .mapToObj(i -> String.format("\"IND-%02d\": %s", i, value.apply(i)))
                .collect(Collectors.joining(",")) + "}}";
    }

    private static String levels2020(java.util.function.IntFunction<String> level) {
        return "{\"levels\": {" + IntStream.rangeClosed(1, 47)
                .filter(i -> level.apply(i) != null)
                .mapToObj(i -> "\"" + i + "\": " + level.apply(i))
                .collect(Collectors.joining(", ")) + "}}";
    }
}
