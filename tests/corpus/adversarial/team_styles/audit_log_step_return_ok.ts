// SDK: windmill-client 1.818.0 client.mjs `_runInlineStep`: the callback's return value is checkpointed and replayed; the body pushes the returned entry itself.
import { sleep, step, task, workflow } from "windmill-client";

type AuditEntry = { at: string; event: string };

const rotateCredentials = task(async (service: string) => ({ service, rotated: true }));
const verifyService = task(async (service: string) => ({ healthy: true }));

export const main = workflow(async (services: string[], settleSeconds = 120) => {
  const audit: AuditEntry[] = [];
  for (const service of services) {
    await rotateCredentials(service);
    audit.push(await step("audit_rotation", () => ({ at: new Date().toISOString(), event: `rotated ${service}` })));
  }
  await sleep(settleSeconds);
  const checks = [];
  for (const service of services) checks.push(await verifyService(service));
  return { audit, checks };
});
