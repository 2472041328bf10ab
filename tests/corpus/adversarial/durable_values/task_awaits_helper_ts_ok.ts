// SDK: windmill-client 1.818.0 client.mjs: a task body awaiting a plain async helper (not a task) is ordinary code in one job.
import { task, workflow } from "windmill-client";

async function fetchUser(id: string) {
  const res = await fetch(`https://users.example.com/${id}`);
  return (await res.json()) as { email: string };
}

const welcome = task(async (id: string) => {
  const user = await fetchUser(id);
  return `welcome ${user.email}`;
});

export const main = workflow(async (id: string) => {
  return await welcome(id);
});
