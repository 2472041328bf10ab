// SDK: windmill-client 1.818.0 client.mjs encodeCheckpointPayload / checkpointableResult: a task's `undefined` result is stored as null, so `=== undefined` on it is never true and every user looks found.
import { task, workflow } from "windmill-client";

const findUser = task(async (email: string): Promise<{ id: string } | undefined> => {
  const r = await fetch(`https://crm.example.com/users?email=${encodeURIComponent(email)}`);
  return r.status === 404 ? undefined : await r.json();
});
const invite = task(async (email: string) => ({ email, invited: true }));
const greet = task(async (id: string) => ({ id, greeted: true }));

export const main = workflow(async (email: string) => {
  const user = await findUser(email);
  if (user === undefined) { // expect: WAC107
    return await invite(email);
  }
  return await greet(user.id);
});
