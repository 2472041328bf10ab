// SDK: windmill-client 1.818.0 client.mjs step(): the callback returns the error's message (a string), which JSON keeps.
import { step, task, workflow } from "windmill-client";

const openTicket = task(async (service: string, reason: string) => {
  const res = await fetch("https://tickets.example.com/issues", {
    method: "POST",
    body: JSON.stringify({ title: `${service} health check failed`, body: reason }),
  });
  return ((await res.json()) as { id: string }).id;
});

export const main = workflow(async (service: string, healthUrl: string) => {
  const probe = await step("probe", async () => {
    try {
      const res = await fetch(healthUrl, { signal: AbortSignal.timeout(5000) });
      return { ok: res.ok, status: res.status, error: null as string | null };
    } catch (e) {
      return { ok: false, status: 0, error: e instanceof Error ? e.message : String(e) };
    }
  });
  if (probe.ok) return { service, healthy: true };
  const ticket = await openTicket(service, `probe failed: ${probe.error}`);
  return { service, healthy: false, ticket };
});
