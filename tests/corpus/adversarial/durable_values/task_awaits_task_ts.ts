// SDK: windmill-client 1.818.0 client.mjs: inside a task's job the workflow replays with _executing_key set, and another task allocated there never settles: the task hangs.
import { task, workflow } from "windmill-client";

const fetchUser = task(async (id: string) => ({ id, email: `${id}@example.com` }));

const welcome = task(async (id: string) => {
  const user = await fetchUser(id); // expect: WAC304
  return `welcome ${user.email}`;
});

export const main = workflow(async (id: string) => {
  return await welcome(id);
});
