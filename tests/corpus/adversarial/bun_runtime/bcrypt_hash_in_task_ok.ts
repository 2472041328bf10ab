// SDK: windmill-client 1.818.0 client.mjs: the salted hash is computed once inside the task and its result is checkpointed.
import bcrypt from "bcryptjs";
import { task, workflow } from "windmill-client";

const createUser = task(async (email: string, password: string) => {
  const passwordHash = await bcrypt.hash(password, 10);
  return { email, passwordHash };
});

export const main = workflow(async (email: string, password: string) => {
  return await createUser(email, password);
});
