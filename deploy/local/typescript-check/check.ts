// Compile-only proof (issue 16, item 4) that an SPA gets a typed client from the front door's merged OpenAPI
// document with well-known tools and no hand-written client: openapi-typescript generates generated/netzwerk.d.ts
// from ../openapi/netzwerk.json, openapi-fetch types every call with it, and `tsc --noEmit` checks the calls below.
// Nothing runs; no server is needed. ./run does all of it; ./run --prove-it-can-fail shows a wrong call refused.
import createClient from "openapi-fetch";
import type { components, paths } from "./generated/netzwerk";

type Problem = components["schemas"]["Problem"];

// One origin for all four services: the front door.
const client = createClient<paths>({ baseUrl: "http://127.0.0.1:8080" });

/** What a failed call says, from the one problem schema every operation declares for its 4xx and 5xx. */
function describe(problem: Problem): string {
  const fields = (problem.errors ?? []).map((error) => `${error.field}: ${error.code}`);
  return `${problem.status} ${problem.code}: ${problem.detail ?? problem.title}${fields.length ? ` (${fields.join(", ")})` : ""}`;
}

/** partner-service: a page of the partner directory, filtered by name. */
export async function listPartners(networkId: string, name: string): Promise<string[]> {
  const { data, error } = await client.GET("/api/v1/networks/{networkId}/partners", {
    params: { path: { networkId }, query: { name, page: 0, size: 20 } },
  });
  if (error) throw new Error(describe(error));
  return data.items.map((partner) => `${partner.name} (${partner.id})`);
}

/** meeting-service: who was at a meeting, changed as read (the ETag of the attendance goes back in If-Match). */
export async function recordAttendance(networkId: string, meetingId: string, partnerId: string): Promise<number> {
  const path = "/api/v1/networks/{networkId}/meetings/{meetingId}/attendance";
  const read = await client.GET(path, { params: { path: { networkId, meetingId } } });
  const etag = read.response.headers.get("ETag");
  if (read.error || etag === null) throw new Error(read.error ? describe(read.error) : "no ETag");
  const { data, error } = await client.PUT(path, {
    params: { path: { networkId, meetingId }, header: { "If-Match": etag } },
    body: { entries: [{ partnerId, status: "PRESENT" }] },
  });
  if (error) throw new Error(describe(error));
  return data.entries.length;
}

/** engagement-service: a partner's score and the ledger of what moved it. */
export async function readLedger(networkId: string, partnerId: string): Promise<string[]> {
  const { data, error } = await client.GET("/api/v1/networks/{networkId}/engagement/{partnerId}", {
    params: { path: { networkId, partnerId } },
  });
  if (error) throw new Error(describe(error));
  return data.ledger.map((line) => `${line.date}: ${line.points} (${line.kind})`);
}
