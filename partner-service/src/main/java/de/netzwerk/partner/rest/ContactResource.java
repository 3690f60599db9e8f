package de.netzwerk.partner.rest;

import de.netzwerk.partner.ContactEntry;
import de.netzwerk.partner.service.command.ContactCommand;
import de.netzwerk.partner.rest.dto.ContactResponse;
import de.netzwerk.partner.paging.Page;
import de.netzwerk.partner.paging.PageRequest;
import de.netzwerk.partner.security.Roles;
import de.netzwerk.partner.service.ContactService;
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
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

import java.util.UUID;

@Path("/api/v1/networks/{networkId}/partners/{partnerId}/contacts")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Contact care", description = "The contact log per partner (seed 002: network care)")
public class ContactResource {

    private final ContactService contacts;
    private final SecurityIdentity caller;

    ContactResource(ContactService contacts, SecurityIdentity caller) {
        this.contacts = contacts;
        this.caller = caller;
    }

    @POST
    @RolesAllowed(Roles.COORDINATOR)
    @Operation(summary = "Log a contact with the partner")
    public RestResponse<ContactResponse> record(@PathParam("networkId") String networkId,
            @PathParam("partnerId") UUID partnerId, @Valid @NotNull ContactCommand request) {
        ContactEntry entry = contacts.record(networkId, partnerId, request, caller.getPrincipal().getName());
        return RestResponse.status(RestResponse.Status.CREATED, ContactResponse.of(entry));
    }

    @GET
    @RolesAllowed({ Roles.COORDINATOR, Roles.INTEGRATION })
    @Operation(summary = "The partner's contact log, the latest first")
    public Page<ContactResponse> log(@PathParam("networkId") String networkId, @PathParam("partnerId") UUID partnerId,
            @Valid @BeanParam PageRequest page) {
        ContactService.ContactPage found = contacts.log(networkId, partnerId, page.toPanache());
        return Page.of(found.entries().stream().map(ContactResponse::of).toList(), page, found.total());
    }
}
