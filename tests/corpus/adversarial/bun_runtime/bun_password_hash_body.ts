// SDK: windmill-client 1.818.0 client.mjs: the body re-runs on every replay; Bun.password.hash salts with random bytes, so the stored hash differs each round.
import { task, workflow } from "windmill-client";

const createUser = task(async (email: string, passwordHash: string) => ({ email, passwordHash }));

export const main = workflow(async (email: string, password: string) => {
  const passwordHash = await Bun.password.hash(password); // expect: WAC102
  return await createUser(email, passwordHash);
});
