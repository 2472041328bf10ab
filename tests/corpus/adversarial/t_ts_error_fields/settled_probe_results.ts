// SDK: client.mjs 1.818.0 encodeCheckpointPayload is JSON.stringify: the `reason` of a rejected Promise.allSettled entry is an Error, whose message and stack are not enumerable, so the task's result carries `reason: {}`
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
  return settled; // expect: WAC107
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
  const failures = results.filter((r) => r.status === "rejected");
  if (failures.length > 0) {
    const reasons = failures.map((f) => String((f as PromiseRejectedResult).reason?.message ?? "unknown"));
    await openIncident(`${failures.length} endpoint(s) down: ${reasons.join("; ")}`);
  }
  return { checked: results.length, down: failures.length };
});
