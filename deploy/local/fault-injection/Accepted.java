import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/** What the API accepted in one run (2xx answers), as the keys the verification compares: "group/partner" and so on. */
final class Accepted {

    final Set<String> partners = ConcurrentHashMap.newKeySet();
    final Set<String> groups = ConcurrentHashMap.newKeySet();
    final Set<String> memberships = ConcurrentHashMap.newKeySet();
    final Set<String> meetings = ConcurrentHashMap.newKeySet();
    /** "meeting/partner" → status of the last change accepted. */
    final Map<String, String> attendance = new ConcurrentHashMap<>();
    /** "meeting/partner" → the answer accepted. */
    final Map<String, String> responses = new ConcurrentHashMap<>();
    /** task → "assignee status" after the last change accepted. */
    final Map<String, String> tasks = new ConcurrentHashMap<>();
}
