// SDK: windmill-client 1.818.0 client.mjs: the same Effect program run inside a task (its own job); the body only awaits the task.
import { Effect, Schedule } from "effect";
import { task, workflow } from "windmill-client";

const fetchStatus = (url: string) =>
  Effect.tryPromise(() => fetch(url).then((r) => r.json() as Promise<{ healthy: boolean }>)).pipe(Effect.retry(Schedule.recurs(2)));

const checkHealth = task(async (url: string) => await Effect.runPromise(fetchStatus(url)));
const failover = task(async (service: string) => ({ service, failedOver: true }));

export const main = workflow(async (service: string, healthUrl: string) => {
  const status = await checkHealth(healthUrl);
  const label = Effect.runSync(Effect.succeed(service).pipe(Effect.map((s) => s.toUpperCase())));
  if (!status.healthy) return await failover(label);
  return { service: label, failedOver: false };
});
