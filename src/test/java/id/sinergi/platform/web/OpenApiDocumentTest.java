package id.sinergi.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import id.sinergi.WebTest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** The OpenAPI document describes what a client sends: never the server-side {@code Actor}. */
class OpenApiDocumentTest extends WebTest {

    @Test
    void noOperationAsksForTheActor() {
        HttpResponse<String> response = get("/v3/api-docs");
        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode document = json(response);
        List<String> actorParameters = new ArrayList<>();
        for (Map.Entry<String, JsonNode> path : document.get("paths").properties()) {
            for (Map.Entry<String, JsonNode> operation : path.getValue().properties()) {
                for (JsonNode parameter : operation.getValue().path("parameters")) {
                    if (parameter.path("name").asString().equalsIgnoreCase("actor")) {
                        actorParameters.add(operation.getKey() + " " + path.getKey());
                    }
                }
                assertThat(operation.getValue().path("requestBody").toString()).as("%s %s", operation.getKey(), path.getKey())
                        .doesNotContain("#/components/schemas/Actor\"");
            }
        }
        assertThat(actorParameters).isEmpty();
        assertThat(document.path("components").path("schemas").has("Actor")).isFalse();
        assertThat(document.get("paths").size()).isGreaterThan(40);
    }

    @Test
    void theResultsImportTakesAFileAndItsFields() {
        JsonNode operation = json(get("/v3/api-docs")).path("paths").path("/api/v1/admin/results/import").path("post");
        JsonNode multipart = operation.path("requestBody").path("content").path("multipart/form-data").path("schema");
        assertThat(multipart.path("properties").path("file").path("format").asString()).isEqualTo("binary");
        List<String> query = new ArrayList<>();
        operation.path("parameters").forEach(p -> query.add(p.path("name").asString()));
        assertThat(query).contains("year", "source", "apply").doesNotContain("actor", "locale");
    }
}
