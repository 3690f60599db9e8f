package de.netzwerk.task.paging;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

/** One page of a list. Pages count from 0. Every field is always there (required for generated clients). */
public record Page<T>(@Schema(required = true) List<T> items, @Schema(required = true) int page,
        @Schema(required = true) int size, @Schema(required = true) long totalItems,
        @Schema(required = true) int totalPages) {

    public static <T> Page<T> of(List<T> items, PageRequest request, long totalItems) {
        int totalPages = (int) ((totalItems + request.size - 1) / request.size);
        return new Page<>(items, request.page, request.size, totalItems, totalPages);
    }
}
