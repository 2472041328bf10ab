// SDK: windmill-client 1.818.0 client.mjs task(): the wrapper dispatches by name; a helper whose parameter is called `fetch` only calls what it is given.
import { task, workflow } from "windmill-client";

async function withRetries<T>(fetch: () => Promise<T>, attempts: number): Promise<T> {
  let last: unknown;
  for (let i = 0; i < attempts; i++) {
    try {
      return await fetch();
    } catch (e) {
      last = e;
    }
  }
  throw last;
}

const syncUser = task(async (userId: string) => {
  return await withRetries(async () => {
    const res = await fetch(`https://directory.example.com/api/users/${userId}/sync`, { method: "POST" });
    if (!res.ok) throw new Error(`sync ${res.status}`);
    return (await res.json()) as { synced: boolean };
  }, 3);
});

export const main = workflow(async (userIds: string[]) => {
  const out = [];
  for (const id of userIds) out.push(await syncUser(id));
  return { synced: out.filter((r) => r.synced).length };
});
