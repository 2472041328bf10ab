// SDK: windmill-client 1.818.0 client.mjs: Effect.runPromise runs the effect where it is called; in the body its fetch runs again every replay.
import { Effect, Schedule } from "effect";
import { task, workflow } from "windmill-client";

const fetchStatus = (url: string) =>
  Effect.tryPromise(() => fetch(url).then((r) => r.json() as Promise<{ healthy: boolean }>)).pipe(Effect.retry(Schedule.recurs(2)));

const failover = task(async (service: string) => ({ service, failedOver: true }));

export const main = workflow(async (service: string, healthUrl: string) => {
  const status = await Effect.runPromise(fetchStatus(healthUrl)); // expect: WAC101
  if (!status.healthy) return await failover(service);
  return { service, failedOver: false };
});
