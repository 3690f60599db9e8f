package de.netzwerk.task.rest;

import de.netzwerk.task.TaskStatus;
import de.netzwerk.task.rest.dto.CreateTaskRequest;
import de.netzwerk.task.rest.dto.Page;
import de.netzwerk.task.rest.dto.PageRequest;
import de.netzwerk.task.rest.dto.TaskResponse;
import de.netzwerk.task.security.Roles;
import de.netzwerk.task.security.TokenClaims;
import de.netzwerk.task.service.TaskService;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

import java.util.UUID;

@Path("/api/v1/networks/{networkId}/tasks")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Tasks")
public class TaskResource {

    private final TaskService tasks;
    private final SecurityIdentity caller;

    TaskResource(TaskService tasks, SecurityIdentity caller) {
        this.tasks = tasks;
        this.caller = caller;
    }

    @POST
    @RolesAllowed(Roles.COORDINATOR)
    @Operation(summary = "Create a task")
    public RestResponse<TaskResponse> create(@PathParam("networkId") String networkId,
            @Valid @NotNull CreateTaskRequest request, UriInfo uriInfo) {
        TaskResponse task = TaskResponse.of(tasks.create(networkId, request));
        return RestResponse.ResponseBuilder
                .<TaskResponse>created(uriInfo.getAbsolutePathBuilder().path(task.id().toString()).build())
                .entity(task).build();
    }

    @GET
    @RolesAllowed({ Roles.COORDINATOR, Roles.MEMBER, Roles.INTEGRATION })
    @Operation(summary = "List tasks, soonest due first", description = "A member sees only their own tasks.")
    public Page<TaskResponse> list(@PathParam("networkId") String networkId,
            @QueryParam("assigneeId") UUID assigneeId, @QueryParam("status") TaskStatus status,
            @Valid @BeanParam PageRequest page) {
        UUID assignee = caller.hasRole(Roles.MEMBER) ? ownPartnerId() : assigneeId;
        TaskService.TaskPage found = tasks.list(networkId, assignee, status, page);
        return Page.of(found.tasks().stream().map(TaskResponse::of).toList(), page, found.total());
    }

    @GET
    @Path("/{taskId}")
    @RolesAllowed({ Roles.COORDINATOR, Roles.MEMBER, Roles.INTEGRATION })
    @Operation(summary = "Read a task", description = "A member may read only their own tasks.")
    public TaskResponse get(@PathParam("networkId") String networkId, @PathParam("taskId") UUID taskId) {
        TaskResponse task = TaskResponse.of(tasks.get(networkId, taskId));
        if (caller.hasRole(Roles.MEMBER) && !ownPartnerId().equals(task.assigneeId())) {
            throw new ForbiddenException();
        }
        return task;
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
