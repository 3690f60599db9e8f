package de.netzwerk.partner.rest.dto;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.QueryParam;

/** Which page of a list the caller wants: {@code ?page=0&size=20}, at most 100 items a page. */
public class PageRequest {

    @QueryParam("page")
    @DefaultValue("0")
    @Min(0)
    public int page;

    @QueryParam("size")
    @DefaultValue("20")
    @Min(1)
    @Max(100)
    public int size;

    public io.quarkus.panache.common.Page toPanache() {
        return io.quarkus.panache.common.Page.of(page, size);
    }
}
