// SDK: windmill-client 1.818.0 workflow()/task() (client.mjs: everything the body runs outside task()/step() runs again in every round)
import { task, workflow } from "windmill-client";

const AUDIT_URL = "https://audit.internal/v1/events";

/** Team helper: every privileged action is audited before it runs. */
async function audited<T>(actor: string, action: string, run: () => Promise<T>): Promise<T> {
  await fetch(AUDIT_URL, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ actor, action }),
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
  const keyId = await audited(actor, `rotate:${service}`, () => rotateKey(service)); // expect: WAC101
  const restarted = await audited(actor, `restart:${service}`, () => restartPods(service)); // expect: WAC101
  return { service, keyId, restarted };
});
