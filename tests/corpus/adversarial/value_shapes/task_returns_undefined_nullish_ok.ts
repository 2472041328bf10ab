// SDK: windmill-client 1.818.0 client.mjs encodeCheckpointPayload: `undefined` comes back as null; `== null` and `!user` are true for both.
import { task, workflow } from "windmill-client";

const findUser = task(async (email: string): Promise<{ id: string } | undefined> => {
  const r = await fetch(`https://crm.example.com/users?email=${encodeURIComponent(email)}`);
  return r.status === 404 ? undefined : await r.json();
});
const invite = task(async (email: string) => ({ email, invited: true }));
const greet = task(async (id: string) => ({ id, greeted: true }));

export const main = workflow(async (email: string) => {
  const user = await findUser(email);
  if (user == null) {
    return await invite(email);
  }
  return await greet(user.id);
});
