// SDK: windmill-client 1.818.0 client.mjs: ../sdk re-exports windmill-client; an unfinished task throws StepSuspend, which this catch-all swallows.
import { task, workflow } from "../sdk";

const sync = task(async (id: string) => ({ id, synced: true }));

export const main = workflow(async (ids: string[]) => {
  const out = [];
  for (const id of ids) {
    try {
      out.push(await sync(id));
    } catch (e) { // expect: WAC202
      out.push({ id, synced: false });
    }
  }
  return out;
});
