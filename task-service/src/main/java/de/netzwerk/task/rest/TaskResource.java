package de.netzwerk.task.rest;

import de.netzwerk.task.Task;
import de.netzwerk.task.TaskStatus;
import de.netzwerk.task.service.NetworkTime;
import de.netzwerk.task.repository.TaskRepository;
import de.netzwerk.task.rest.dto.AssigneeSuggestionResponse;
import de.netzwerk.task.rest.dto.CreateTaskRequest;
import de.netzwerk.task.paging.Page;
import de.netzwerk.task.paging.PageRequest;
import de.netzwerk.task.ranking.AssigneeRanking;
import de.netzwerk.task.rest.dto.TaskResponse;
import de.netzwerk.task.rest.dto.UpdateTaskRequest;
import de.netzwerk.task.security.Roles;
import de.netzwerk.task.security.TokenClaims;
import de.netzwerk.task.service.AssigneeSuggestions;
import de.netzwerk.task.service.TaskService;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

@Path("/api/v1/networks/{networkId}/tasks")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Tasks")
public class TaskResource {

    /** What the ETag every read and change of a task answers with means to a client. */
    private static final String ETAG = "The task's version, e.g. \"3\": send it in If-Match to change the task";

    private final TaskService tasks;
    private final AssigneeSuggestions suggestions;
    private final NetworkTime time;
    private final SecurityIdentity caller;

    TaskResource(TaskService tasks, AssigneeSuggestions suggestions, NetworkTime time, SecurityIdentity caller) {
        this.tasks = tasks;
        this.suggestions = suggestions;
        this.time = time;
        this.caller = caller;
    }

    @POST
    @RolesAllowed(Roles.COORDINATOR)
    @Operation(summary = "Create a task", description = "With an owner, publishes task-assigned. With parentId, the "
            + "task is a sub-package of that one. groupId, goalId, parentId and assigneeId must name objects of this "
            + "network: any other id is answered with 422 naming the field. A task done or assigned in the past is "
            + "entered with its past: assignedAt (published as the time of task-assigned), a past dueDate, and status "
            + "DONE with completedOn (publishes task-completed, on time or late by those dates). Dates in the future "
            + "or a completion before the assignment are answered with 422 naming the field. A deadline already past "
            + "gets one notice from the deadline clock, the latest it has reached; a task entered as done gets none.")
    @APIResponse(responseCode = "201", description = "Created; Location names the task, ETag is its version",
            headers = { @Header(name = HttpHeaders.LOCATION, description = "The URL of the task", required = true,
                    schema = @Schema(type = SchemaType.STRING, format = "uri-reference")),
                    @Header(name = HttpHeaders.ETAG, description = ETAG, required = true,
                            schema = @Schema(type = SchemaType.STRING)) },
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = TaskResponse.class)))
    public RestResponse<TaskResponse> create(@PathParam("networkId") String networkId,
            @Valid @NotNull CreateTaskRequest request, UriInfo uriInfo) {
        TaskResponse task = response(tasks.create(networkId, request.command()));
        return RestResponse.ResponseBuilder
                .<TaskResponse>created(uriInfo.getAbsolutePathBuilder().path(task.id().toString()).build())
                .entity(task).tag(ETags.of(task.version())).build();
    }

    @GET
    @RolesAllowed({ Roles.COORDINATOR, Roles.MEMBER, Roles.INTEGRATION })
    @Operation(summary = "List tasks", description = "Every filter given must match. "
            + "overdue=true: open tasks whose due date has passed in the network's time zone; "
            + "needsReassignment=true: open tasks whose owner left the network. A member sees only their own tasks. "
            + "Soonest due first unless sort says otherwise.")
    public RestResponse<Page<TaskResponse>> list(@PathParam("networkId") String networkId,
            @QueryParam("assigneeId") UUID assigneeId, @QueryParam("groupId") UUID groupId,
            @QueryParam("goalId") UUID goalId, @QueryParam("parentId") UUID parentId,
            @QueryParam("status") TaskStatus status, @QueryParam("overdue") Boolean overdue,
            @QueryParam("needsReassignment") Boolean needsReassignment,
            @Parameter(description = "dueDate (the default: soonest first, tasks without a due date last), title or "
                    + "updatedAt; a leading - reverses the order (-dueDate: latest first, tasks without a due date "
                    + "first). Tasks equal in it keep one order, by id.", example = "-updatedAt")
            @QueryParam("sort") @Pattern(regexp = "-?(dueDate|title|updatedAt)", message = "{netzwerk.sort.tasks}") String sort,
            @Parameter(description = "Only tasks changed at or after this time (any change that gives the task a new "
                    + "ETag), for clients that poll for changes", example = "2026-12-01T00:00:00+01:00")
            @QueryParam("updatedSince") OffsetDateTime updatedSince,
            @Valid @BeanParam PageRequest page) {
        UUID assignee = caller.hasRole(Roles.MEMBER) ? ownPartnerId() : assigneeId;
        ZoneId zone = time.zone(networkId);
        LocalDate today = time.today(zone);
        TaskRepository.Filter filter = new TaskRepository.Filter(assignee, groupId, goalId, parentId, status, overdue,
                needsReassignment, today, updatedSince);
        TaskService.TaskPage found = tasks.list(networkId, filter, TaskRepository.Order.named(sort), page);
        return RestResponse.ok(Page.of(found.tasks().stream().map(task -> TaskResponse.of(task, today, zone)).toList(),
                page, found.total()));
    }

    @GET
    @Path("/{taskId}")
    @RolesAllowed({ Roles.COORDINATOR, Roles.MEMBER, Roles.INTEGRATION })
    @Operation(summary = "Read a task", description = "A member may read only their own tasks. The ETag is the "
            + "version to send in If-Match when changing it.")
    @APIResponse(responseCode = "200", description = "The task",
            headers = @Header(name = HttpHeaders.ETAG, description = ETAG, required = true,
                    schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = TaskResponse.class)))
    public RestResponse<TaskResponse> get(@PathParam("networkId") String networkId, @PathParam("taskId") UUID taskId) {
        TaskResponse task = response(tasks.get(networkId, taskId));
        if (caller.hasRole(Roles.MEMBER) && !ownPartnerId().equals(task.assigneeId())) {
            throw new ForbiddenException();
        }
        return withETag(task);
    }

    @PATCH
    @Path("/{taskId}")
    @RolesAllowed({ Roles.COORDINATOR, Roles.MEMBER })
    @Operation(summary = "Change a task", description = "Send the ETag you read in If-Match: without it the change "
            + "is refused with 428, with a version no longer current with 412 (read the task again). Absent fields stay "
            + "as they are. A new owner publishes task-assigned or task-reassigned, a new due date task-rescheduled, DONE "
            + "task-completed (on time or days late), CANCELLED task-cancelled (also for its open sub-packages). A parent "
            + "is done when its sub-packages are. A member may only set the status of their own tasks to IN_PROGRESS or "
            + "DONE. New ids must name objects of this network, as when creating.")
    @APIResponse(responseCode = "200", description = "The task as changed",
            headers = @Header(name = HttpHeaders.ETAG, description = ETAG, required = true,
                    schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = TaskResponse.class)))
    public RestResponse<TaskResponse> update(@PathParam("networkId") String networkId, @PathParam("taskId") UUID taskId,
            @Parameter(description = "The ETag of the version you read", required = true, example = "\"3\"")
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid @NotNull UpdateTaskRequest request) {
        long readVersion = IfMatch.version(ifMatch);
        UUID member = caller.hasRole(Roles.COORDINATOR) ? null : ownPartnerId();
        return withETag(response(tasks.update(networkId, taskId, readVersion, request.changes(), member)));
    }

    @GET
    @Path("/{taskId}/assignee-suggestions")
    @RolesAllowed(Roles.COORDINATOR)
    @Operation(summary = "Suggest owners for a task", description = "Active partners ranked by how well their "
            + "expertise matches the task's tags and words, their open load and their engagement band, "
            + "each with the reasons; best first, a page of the ranking.")
    public RestResponse<Page<AssigneeSuggestionResponse>> suggestions(@PathParam("networkId") String networkId,
            @PathParam("taskId") UUID taskId, @Valid @BeanParam PageRequest page) {
        List<AssigneeRanking.Suggestion> ranked = suggestions.suggest(networkId, taskId);
        List<AssigneeSuggestionResponse> onPage = ranked.stream().skip((long) page.page * page.size).limit(page.size)
                .map(AssigneeSuggestionResponse::of).toList();
        return RestResponse.ok(Page.of(onPage, page, ranked.size()));
    }

    private static RestResponse<TaskResponse> withETag(TaskResponse task) {
        return RestResponse.ResponseBuilder.ok(task).tag(ETags.of(task.version())).build();
    }

    private TaskResponse response(Task task) {
        ZoneId zone = time.zone(task.networkId);
        return TaskResponse.of(task, time.today(zone), zone);
    }

    /** A member acts only as the partner their token names. */
    private UUID ownPartnerId() {
        String partnerId = TokenClaims.partnerId(caller.getPrincipal()).orElseThrow(ForbiddenException::new);
        try {
            return UUID.fromString(partnerId);
        } catch (IllegalArgumentException notAPartnerId) {
            throw new ForbiddenException();
        }
    }
}
