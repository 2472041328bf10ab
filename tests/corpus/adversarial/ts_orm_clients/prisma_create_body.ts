// SDK: windmill-client 1.818.0 client.mjs: the body replays after each task; a Prisma create in the body inserts a row per replay.
import { PrismaClient } from "@prisma/client";
import { task, workflow } from "windmill-client";

const prisma = new PrismaClient();

const verify = task(async (email: string) => ({ email, valid: email.includes("@") }));

export const main = workflow(async (email: string) => {
  const v = await verify(email);
  if (!v.valid) return null;
  const user = await prisma.user.create({ data: { email: v.email } }); // expect: WAC101
  return user.id;
});
