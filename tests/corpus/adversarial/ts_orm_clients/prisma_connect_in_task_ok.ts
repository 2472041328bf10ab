// SDK: windmill-client 1.818.0 client.mjs: new PrismaClient() connects lazily; $connect and the raw query run inside a task.
import { PrismaClient } from "@prisma/client";
import { task, workflow } from "windmill-client";

const prisma = new PrismaClient();

const count = task(async (days: number) => {
  await prisma.$connect();
  const rows = await prisma.$queryRaw<{ n: number }[]>`select count(*)::int as n from orders where age < ${days}`;
  return rows[0].n;
});

export const main = workflow(async (days: number) => {
  return await count(days);
});
