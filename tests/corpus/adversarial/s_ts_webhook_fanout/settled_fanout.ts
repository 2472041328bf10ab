// SDK: windmill-client 1.818.0 client.mjs _nextStep (a task call returns a thenable whose then() throws StepSuspend: allSettled turns it into a value)
import { task, workflow } from "windmill-client";

type Endpoint = { id: string; url: string; active: boolean };

const loadEndpoints = task(async (tenant: string) => {
  const res = await fetch(`https://api.acme.dev/tenants/${tenant}/endpoints`);
  return ((await res.json()) as Endpoint[]).filter((e) => e.active);
});

const postEvent = task(async (endpoint: Endpoint, payload: object) => {
  const res = await fetch(endpoint.url, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify(payload),
  });
  if (!res.ok) throw new Error(`endpoint ${endpoint.id} answered ${res.status}`);
  return res.status;
});

const disableEndpoints = task(async (tenant: string, ids: string[]) => {
  await fetch(`https://api.acme.dev/tenants/${tenant}/endpoints/disable`, {
    method: "POST",
    body: JSON.stringify({ ids }),
  });
  return ids.length;
});

export const main = workflow(async (tenant: string, payload: object) => {
  const endpoints = await loadEndpoints(tenant);

  const outcomes = await Promise.allSettled(endpoints.map((e) => postEvent(e, payload))); // expect: WAC202
  const failing = endpoints.filter((_, i) => outcomes[i].status === "rejected").map((e) => e.id);

  const disabled = failing.length > 0 ? await disableEndpoints(tenant, failing) : 0;
  return { tenant, sent: endpoints.length - failing.length, disabled };
});
