// SDK: client.mjs 1.818.0 encodeCheckpointPayload is JSON.stringify: the task turns each settled entry into plain strings and numbers before returning, so the reasons survive the checkpoint
import { task, workflow } from "windmill-client";

type Endpoint = { name: string; url: string };

const probeEndpoints = task(async function probeEndpoints(endpoints: Endpoint[]) {
  const settled = await Promise.allSettled(
    endpoints.map(async (ep) => {
      const res = await fetch(ep.url, { signal: AbortSignal.timeout(5_000) });
      if (!res.ok) throw new Error(`${ep.name}: HTTP ${res.status}`);
      return { name: ep.name, latencyMs: Number(res.headers.get("x-response-time") ?? 0) };
    }),
  );
  return settled.map((s, i) =>
    s.status === "fulfilled"
      ? { name: endpoints[i].name, up: true, latencyMs: s.value.latencyMs, reason: null }
      : { name: endpoints[i].name, up: false, latencyMs: null, reason: String(s.reason instanceof Error ? s.reason.message : s.reason) },
  );
});

const openIncident = task(async function openIncident(summary: string) {
  const res = await fetch("https://api.pagerduty.com/incidents", {
    method: "POST",
    headers: { Authorization: `Token token=${process.env.PD_TOKEN}`, "Content-Type": "application/json" },
    body: JSON.stringify({ incident: { type: "incident", title: summary, service: { id: "PX1", type: "service_reference" } } }),
  });
  return { opened: res.ok };
});

export const main = workflow(async (endpoints: Endpoint[]) => {
  const results = await probeEndpoints(endpoints);
  const down = results.filter((r) => !r.up);
  if (down.length > 0) {
    await openIncident(`${down.length} endpoint(s) down: ${down.map((d) => d.reason).join("; ")}`);
  }
  return { checked: results.length, down: down.length };
});
