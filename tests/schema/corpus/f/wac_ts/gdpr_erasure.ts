// GDPR erasure request: delete the person from every system that holds
// personal data, then confirm to the requester. Failures in one system are
// recorded and do not stop the others.
import { task, workflow } from "windmill-client";

const SYSTEMS = ["crm", "helpdesk", "newsletter", "analytics", "billing"];

const eraseFromSystem = task(
  async (system: string, email: string) => {
    const res = await fetch(`https://privacy-gateway.example/api/${system}/erase`, { method: "POST", body: JSON.stringify({ email }) });
    if (!res.ok) throw new Error(`${system}: ${res.status}`);
    return { system, records: (await res.json()).deleted as number };
  },
  { timeout: 300, retry: { attempts: 2, delay: 60 } },
);

const confirmErasure = task(async (email: string, done: string[], failed: string[]) => {
  await fetch("https://mail.example/send", {
    method: "POST",
    body: JSON.stringify({ to: email, template: "gdpr_erasure_done", vars: { systems: done, pending: failed } }),
  });
});

export const main = workflow(async (email: string) => {
  const done: string[] = [];
  const failed: string[] = [];
  for (const system of SYSTEMS) {
    try {
      const result = await eraseFromSystem(system, email);
      done.push(result.system);
    } catch (e: any) {
      if (e?.name === "StepSuspend") throw e;
      failed.push(system);
    }
  }
  await confirmErasure(email, done, failed);
  return { erased: done, failed };
});
