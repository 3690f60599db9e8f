package de.netzwerk.infra.api;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** How a snapshot is written and how a difference to it is shown, without a service. */
class OpenApiSnapshotFormatTest {

    @Test
    void keysAreSortedAtEveryLevelSoTheSameDocumentGivesTheSameBytes() {
        String one = OpenApiSnapshot.canonical("""
                {"paths": {"/b": {"get": {}}, "/a": {"post": {"operationId": "x", "description": "d"}}}, "openapi": "3.1.0"}""");
        String other = OpenApiSnapshot.canonical("""
                {"openapi": "3.1.0", "paths": {"/a": {"post": {"description": "d", "operationId": "x"}}, "/b": {"get": {}}}}""");
        assertEquals(one, other);
        assertEquals("""
                {
                  "openapi": "3.1.0",
                  "paths": {
                    "/a": {
                      "post": {
                        "description": "d",
                        "operationId": "x"
                      }
                    },
                    "/b": {
                      "get": { }
                    }
                  }
                }
                """, one);
    }

    @Test
    void aDifferenceShowsTheLinesThatChangedWithTheirPlace() {
        String before = String.join("\n", "a", "b", "c", "d", "e", "f", "g") + "\n";
        String after = String.join("\n", "a", "b", "c", "d", "E", "f", "g", "h") + "\n";
        assertEquals(String.join("\n",
                "@@ snapshot line 5", "  b", "  c", "  d", "+ E", "- e",
                "@@ snapshot line 8", "  f", "  g", "+ h"),
                OpenApiSnapshot.differences(before, after));
    }
}
