// SDK: windmill-client 1.818.0 client.mjs: the body re-runs on every replay; bcrypt.hash draws a new random salt each round.
import bcrypt from "bcryptjs";
import { task, workflow } from "windmill-client";

const createUser = task(async (email: string, passwordHash: string) => ({ email, passwordHash }));

export const main = workflow(async (email: string, password: string) => {
  const passwordHash = await bcrypt.hash(password, 10); // expect: WAC102
  return await createUser(email, passwordHash);
});
