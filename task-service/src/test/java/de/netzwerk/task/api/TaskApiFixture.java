package de.netzwerk.task.api;

import de.netzwerk.infra.api.ApiFixture;
import de.netzwerk.infra.api.Tenant;
import de.netzwerk.task.Partners;
import de.netzwerk.task.Tasks;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * Two networks as task-service knows them (a partner, a group and a goal learnt from partner-events), each with
 * a task of the group and goal owned by the partner, who is also the member calling.
 */
final class TaskApiFixture {

    private static final String TASKS = "/api/v1/networks/{networkId}/tasks";

    private TaskApiFixture() {
    }

    static ApiFixture create() {
        return ApiFixture.of(network(), network())
                .referenceKind("assigneeId", "partnerId")
                .referenceKind("parentId", "taskId")
                // A due date from the calendar, not from the document's example, which will lie in the past one day.
                .body("POST " + TASKS, tenant -> Map.of("title", "Flyer für den Aktionstag entwerfen",
                        "groupId", tenant.id("groupId"), "goalId", tenant.id("goalId"), "parentId", tenant.id("taskId"),
                        "assigneeId", tenant.id("partnerId"), "dueDate", inTwoWeeks(), "size", "S", "tags", List.of("grafik")))
                // What both a coordinator and the owning member may change: the status.
                .body("PATCH " + TASKS + "/{taskId}", tenant -> Map.of("status", "IN_PROGRESS"))
                .header("PATCH " + TASKS + "/{taskId}", "If-Match", tenant -> Tasks.etag(tenant.networkId(), tenant.id("taskId")))
                .snapshot(tenant -> List.of("/api/v1/networks/" + tenant.networkId() + "/tasks",
                        "/api/v1/networks/" + tenant.networkId() + "/tasks/" + tenant.id("taskId")));
    }

    private static Tenant network() {
        String network = Partners.freshNetwork();
        String partner = Partners.active(network, "leichte sprache", "grafik");
        String group = Partners.group(network);
        String goal = Partners.goal(network);
        String task = Tasks.create(network, "title", "Aktionstag vorbereiten", "assigneeId", partner, "groupId", group,
                "goalId", goal, "dueDate", inTwoWeeks(), "tags", List.of("grafik"));
        return Tenant.of(network).with("partnerId", partner).with("groupId", group).with("goalId", goal)
                .with("taskId", task).member(partner);
    }

    private static String inTwoWeeks() {
        return LocalDate.now().plusWeeks(2).toString();
    }
}
