// SDK: windmill-client 1.818.0 client.mjs step(): the result crosses JSON.stringify, and a Map becomes {}; the lookups after the step find nothing.
import { step, task, workflow } from "windmill-client";

const send = task(async (email: string) => email);

export const main = workflow(async (users: { id: string; email: string }[]) => {
  const byId = await step("index", () => new Map(users.map((u) => [u.id, u.email] as const))); // expect: WAC107
  return await send(byId.get(users[0].id) ?? "");
});
