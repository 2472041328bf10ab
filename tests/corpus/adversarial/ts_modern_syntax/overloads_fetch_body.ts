// SDK: windmill-client 1.818.0 client.mjs: the body re-runs each round; the overloaded loader's implementation fetches, so calling it in the body reads the users again each replay.
import { task, workflow } from "windmill-client";

type User = { id: string; email: string };

function load(id: string): Promise<User>;
function load(ids: string[]): Promise<User[]>;
async function load(x: string | string[]): Promise<User | User[]> {
  const ids = Array.isArray(x) ? x : [x];
  const r = await fetch(`https://users.example.com/batch?ids=${ids.join(",")}`);
  const users = (await r.json()) as User[];
  return Array.isArray(x) ? users : users[0];
}

const invite = task(async (email: string) => ({ email, invited: true }));

export const main = workflow(async (ids: string[]) => {
  const users = await load(ids); // expect: WAC101
  return await Promise.all(users.map((u) => invite(u.email)));
});
