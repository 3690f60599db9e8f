package de.netzwerk.meeting;

import de.netzwerk.infra.DevTokens;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;

import java.util.Map;

import static io.restassured.RestAssured.given;

/** Object mother: calendar feeds created through the API, each answered with its id and its secret link. */
public final class CalendarFeeds {

    public static final String FEEDS = "/api/v1/networks/{n}/calendar-feeds";

    private CalendarFeeds() {
    }

    /** A feed of the group's meetings, created with the token given. */
    public static Created ofGroup(String token, String network, String group) {
        return create(token, network, Map.of("scope", "GROUP", "groupId", group));
    }

    /** A feed of the meetings the partner is invited to, created by the partner as a member. */
    public static Created ofMyMeetings(String network, String partner) {
        return create(DevTokens.member(network, partner), network, Map.of("scope", "MY_MEETINGS"));
    }

    private static Created create(String token, String network, Map<String, String> body) {
        JsonPath created = given().auth().oauth2(token).contentType(ContentType.JSON).body(body)
                .when().post(FEEDS, network)
                .then().statusCode(201).extract().jsonPath();
        return new Created(created.getString("id"), created.getString("url"));
    }

    /**
     * @param url the link as the caller received it, at the configured public address
     */
    public record Created(String id, String url) {

        /** The secret part of the link. */
        public String secret() {
            return url.substring(url.lastIndexOf('/') + 1, url.length() - ".ics".length());
        }

        /** The link's path, to call it on the service under test. */
        public String path() {
            return "/api/v1/calendar/feeds/" + secret() + ".ics";
        }
    }
}
