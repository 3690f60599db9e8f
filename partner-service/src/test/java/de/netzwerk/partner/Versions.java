package de.netzwerk.partner;

import de.netzwerk.infra.DevTokens;

import java.util.Optional;

import static io.restassured.RestAssured.given;

/** What a client does before it changes something: read its ETag, to send back in {@code If-Match}. */
public final class Versions {

    private Versions() {
    }

    /** The ETag a coordinator of the network reads at the path now; the path must answer 200 with one. */
    public static String etag(String network, String path, Object... pathParameters) {
        return given().auth().oauth2(DevTokens.coordinator(network))
                .when().get(path, pathParameters)
                .then().statusCode(200).extract().header("ETag");
    }

    /** The ETag of the partner's current membership of the group; empty when they are no member of it now. */
    public static Optional<String> ofMembership(String network, String group, String partner) {
        var response = given().auth().oauth2(DevTokens.coordinator(network))
                .when().get("/api/v1/networks/{n}/groups/{g}/members/{p}", network, group, partner);
        return response.statusCode() == 200 ? Optional.of(response.header("ETag")) : Optional.empty();
    }

    /** The ETag of a goal, which names the version of the actors it needs too. */
    public static String ofGoal(String network, String goal) {
        return etag(network, "/api/v1/networks/{n}/goals/{g}", network, goal);
    }
}
