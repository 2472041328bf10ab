// SDK: windmill-client 1.818.0 client.mjs: the body re-runs each round; tasks run from a loop over `Object.values`, from a Map filled at load and from a conditional are each dispatched once and checkpointed; the other entries only log.
import { task, workflow } from "windmill-client";

const archive = task(async (id: string) => ({ id, archived: true }));
const notify = task(async (id: string) => ({ id, notified: true }));
const log = async (id: string) => console.log("closing", id);

const onClose = { archive, notify, log };
const byChannel = new Map<string, (id: string) => Promise<unknown>>();
byChannel.set("email", notify);
byChannel.set("none", log);

export const main = workflow(async (id: string, channel: string, quiet: boolean) => {
  const results: unknown[] = [];
  for (const hook of Object.values(onClose)) results.push(await hook(id));
  results.push(await byChannel.get(channel)?.(id));
  const finish = quiet ? log : archive;
  results.push(await finish(id));
  return results;
});
