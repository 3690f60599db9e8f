package de.netzwerk.task.service;

import de.netzwerk.task.Task;
import de.netzwerk.task.TaskStatus;
import de.netzwerk.task.repository.TaskRepository;
import de.netzwerk.task.rest.dto.CreateTaskRequest;
import de.netzwerk.task.rest.dto.PageRequest;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

@ApplicationScoped
@Transactional
public class TaskService {

    private final TaskRepository tasks;
    private final Clock clock;

    TaskService(TaskRepository tasks, Clock clock) {
        this.tasks = tasks;
        this.clock = clock;
    }

    public Task create(String networkId, CreateTaskRequest request) {
        Task task = new Task();
        task.id = UUID.randomUUID();
        task.networkId = networkId;
        task.title = request.title().strip();
        task.description = request.description();
        task.groupId = request.groupId();
        task.assigneeId = request.assigneeId();
        task.dueDate = request.dueDate();
        task.status = TaskStatus.OPEN;
        task.createdAt = OffsetDateTime.now(clock);
        tasks.persist(task);
        return task;
    }

    public Task get(String networkId, UUID taskId) {
        return tasks.findInNetwork(networkId, taskId).orElseThrow(() -> new ResourceNotFoundException("task", taskId));
    }

    public TaskPage list(String networkId, UUID assigneeId, TaskStatus status, PageRequest page) {
        PanacheQuery<Task> query = tasks.matching(networkId, assigneeId, status).page(page.toPanache());
        return new TaskPage(query.list(), query.count());
    }

    public record TaskPage(List<Task> tasks, long total) {
    }
}
