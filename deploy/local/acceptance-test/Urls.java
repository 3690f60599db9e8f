/** The addresses of one network's resources in the four services of the local run. */
record Urls(String network) {

    String partners(String path) {
        return "http://127.0.0.1:8081/api/v1/networks/" + network + path;
    }

    String meetings(String path) {
        return "http://127.0.0.1:8082/api/v1/networks/" + network + "/meetings" + path;
    }

    String tasks(String path) {
        return "http://127.0.0.1:8083/api/v1/networks/" + network + "/tasks" + path;
    }

    String engagement(String path) {
        return "http://127.0.0.1:8084/api/v1/networks/" + network + path;
    }
}
