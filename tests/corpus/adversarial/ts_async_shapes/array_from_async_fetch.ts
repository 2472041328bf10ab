// SDK: windmill-client 1.818.0 client.mjs: the body replays; Array.fromAsync's mapping callback runs in the body, so its fetch repeats.
import { task, workflow } from "windmill-client";

const merge = task(async (profiles: { id: string }[]) => profiles.length);

export const main = workflow(async (ids: string[]) => {
  const profiles = await Array.fromAsync(ids, async (id) => {
    const r = await fetch(`https://users.example.com/${id}`); // expect: WAC101
    return (await r.json()) as { id: string };
  });
  return await merge(profiles);
});
