// SDK: windmill-client 1.818.0 client.mjs task(): Array.fromAsync awaits each task's promise in order; the keys are stable per replay.
import { task, workflow } from "windmill-client";

const loadProfile = task(async (id: string) => ({ id, name: `user ${id}` }));
const merge = task(async (profiles: { id: string }[]) => profiles.length);

export const main = workflow(async (ids: string[]) => {
  const profiles = await Array.fromAsync(ids, (id) => loadProfile(id));
  return await merge(profiles);
});
