// SDK: windmill-client 1.818.0 step(name, fn) (client.mjs: fn runs once, its result is checkpointed; replays return it without running fn)
import { step, task, workflow } from "windmill-client";

const AUDIT_URL = "https://audit.internal/v1/events";

/** Team helper: every privileged action is audited, once, before it runs. */
async function audited<T>(key: "audit_rotate" | "audit_restart", actor: string, action: string, run: () => Promise<T>): Promise<T> {
  await step(key, async () => {
    const res = await fetch(AUDIT_URL, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ actor, action }),
    });
    return res.status;
  });
  return run();
}

const rotateKey = task(async function rotateKey(service: string) {
  const res = await fetch(`https://kms.internal/services/${service}/rotate`, { method: "POST" });
  return ((await res.json()) as { keyId: string }).keyId;
});

const restartPods = task(async function restartPods(service: string) {
  await fetch(`https://k8s-proxy.internal/rollout/${service}/restart`, { method: "POST" });
  return true;
});

export const main = workflow(async (service: string, actor: string) => {
  const keyId = await audited("audit_rotate", actor, `rotate:${service}`, () => rotateKey(service));
  const restarted = await audited("audit_restart", actor, `restart:${service}`, () => restartPods(service));
  return { service, keyId, restarted };
});
