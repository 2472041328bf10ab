// SDK: windmill-client 1.818.0 client.mjs: new PrismaClient() connects lazily; the create runs once inside a task.
import { PrismaClient } from "@prisma/client";
import { task, workflow } from "windmill-client";

const prisma = new PrismaClient();

const verify = task(async (email: string) => ({ email, valid: email.includes("@") }));
const createUser = task(async (email: string) => (await prisma.user.create({ data: { email } })).id);

export const main = workflow(async (email: string) => {
  const v = await verify(email);
  if (!v.valid) return null;
  return await createUser(v.email);
});
