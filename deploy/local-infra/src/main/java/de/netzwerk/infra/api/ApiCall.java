package de.netzwerk.infra.api;

import io.restassured.RestAssured;
import io.restassured.config.EncoderConfig;
import io.restassured.config.HttpClientConfig;
import io.restassured.config.RestAssuredConfig;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.StringJoiner;
import java.util.TreeMap;

/**
 * One HTTP request, exactly as it goes onto the wire: the path already percent-encoded, query values raw (encoded
 * on sending), the body as bytes. Nothing is repaired on the way, so that hostile input arrives as it was meant.
 *
 * @param bearer the token, or null to send none
 * @param body   the body's bytes, or null to send none
 */
record ApiCall(String method, String path, Map<String, String> query, Map<String, String> headers, String bearer,
        String contentType, byte[] body) {

    private static final int TIMEOUT_MILLIS = 30_000;
    private static final RestAssuredConfig CONFIG = RestAssured.config()
            .encoderConfig(EncoderConfig.encoderConfig().appendDefaultContentCharsetToContentTypeIfUndefined(false))
            .httpClient(HttpClientConfig.httpClientConfig()
                    .setParam("http.connection.timeout", TIMEOUT_MILLIS)
                    .setParam("http.socket.timeout", TIMEOUT_MILLIS));

    static final String JSON = "application/json";

    ApiCall {
        query = Map.copyOf(query);
        headers = Map.copyOf(headers);
    }

    ApiCall withPath(String path) {
        return new ApiCall(method, path, query, headers, bearer, contentType, body);
    }

    ApiCall withQuery(String name, String value) {
        Map<String, String> more = new LinkedHashMap<>(query);
        more.put(name, value);
        return new ApiCall(method, path, more, headers, bearer, contentType, body);
    }

    ApiCall withHeader(String name, String value) {
        Map<String, String> more = new LinkedHashMap<>(headers);
        more.put(name, value);
        return new ApiCall(method, path, query, more, bearer, contentType, body);
    }

    ApiCall withBearer(String token) {
        return new ApiCall(method, path, query, headers, token, contentType, body);
    }

    ApiCall withBody(String contentType, byte[] body) {
        return new ApiCall(method, path, query, headers, bearer, contentType, body);
    }

    ApiCall withJson(String json) {
        return withBody(JSON, json.getBytes(StandardCharsets.UTF_8));
    }

    String bodyText() {
        return body == null ? "" : new String(body, StandardCharsets.UTF_8);
    }

    String url() {
        if (query.isEmpty()) {
            return path;
        }
        StringJoiner parameters = new StringJoiner("&", path + "?", "");
        new TreeMap<>(query).forEach((name, value) ->
                parameters.add(PercentEncoding.encode(name) + "=" + PercentEncoding.encode(value)));
        return parameters.toString();
    }

    ApiResponse send() {
        RequestSpecification request = RestAssured.given().config(CONFIG).urlEncodingEnabled(false)
                .redirects().follow(false);
        if (bearer != null) {
            request.header("Authorization", "Bearer " + bearer);
        }
        headers.forEach(request::header);
        if (body != null) {
            request.contentType(contentType).body(body);
        }
        Response response = request.request(method, url());
        return new ApiResponse(response.statusCode(), response.contentType(), response.asString());
    }

    /** For reports: method, URL and the start of the body. */
    String describe() {
        String shown = url().length() > 200 ? url().substring(0, 200) + "…" : url();
        return method + " " + shown + (body == null ? "" : " " + Json.abbreviate(bodyText()));
    }
}
