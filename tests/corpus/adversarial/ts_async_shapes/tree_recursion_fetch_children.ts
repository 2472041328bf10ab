// SDK: windmill-client 1.818.0 client.mjs: the body replays; a recursive helper that fetches each node's children runs those requests again on every replay.
import { task, workflow } from "windmill-client";

const archive = task(async (id: string) => ({ id, archived: true }));

async function walk(id: string): Promise<string[]> {
  const res = await fetch(`https://drive.example.com/folders/${id}/children`);
  const kids = (await res.json()) as string[];
  await archive(id);
  const out = [id];
  for (const k of kids) out.push(...(await walk(k)));
  return out;
}

export const main = workflow(async (rootId: string) => {
  return await walk(rootId); // expect: WAC101
});
