// SDK: windmill-client 1.818.0 client.mjs step(name, fn): one literal name per call site; the SDK numbers repeated names in call order, which the for await keeps stable.
import { step, task, workflow } from "windmill-client";

const snapshot = task(async (id: string) => ({ id, ok: true }));

async function* snapshots(accountIds: string[]) {
  const startedAt = await step("started-at", () => new Date().toISOString());
  for (const id of accountIds) {
    yield { startedAt, snap: await snapshot(id) };
  }
}

export const main = workflow(async (accountIds: string[]) => {
  const out: unknown[] = [];
  for await (const s of snapshots(accountIds)) out.push(s);
  return out;
});
