// SDK: windmill-client 1.818.0 client.mjs exports workflow and task; through `import * as wmill` they run, but Windmill's parser looks for the bare calls.
import * as wmill from "windmill-client";

const fetchUser = wmill.task(async (id: string) => { // expect: WAC002
  const res = await fetch(`https://api.example.com/users/${id}`);
  return (await res.json()) as { id: string; email: string };
});

export const main = wmill.workflow(async (ids: string[]) => { // expect: WAC002
  const users = [];
  for (const id of ids) users.push(await fetchUser(id));
  return users;
});
