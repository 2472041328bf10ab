// SDK: windmill-client 1.818.0 client.mjs _nextStep (thenables resolved by Promise.all; the suspension propagates), task() body runs in the child job
import { task, workflow } from "windmill-client";

type Endpoint = { id: string; url: string; active: boolean };

const loadEndpoints = task(async (tenant: string) => {
  const res = await fetch(`https://api.acme.dev/tenants/${tenant}/endpoints`);
  return ((await res.json()) as Endpoint[]).filter((e) => e.active);
});

// The task settles its own delivery: a failing endpoint is a value, not a rejection.
const postEvent = task(async (endpoint: Endpoint, payload: object) => {
  const results = await Promise.allSettled([
    fetch(endpoint.url, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify(payload),
    }),
  ]);
  const r = results[0];
  return { id: endpoint.id, ok: r.status === "fulfilled" && r.value.ok };
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
  const outcomes = await Promise.all(endpoints.map((e) => postEvent(e, payload)));
  const failing = outcomes.filter((o) => !o.ok).map((o) => o.id);
  const disabled = failing.length > 0 ? await disableEndpoints(tenant, failing) : 0;
  return { tenant, sent: endpoints.length - failing.length, disabled };
});
