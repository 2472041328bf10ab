// SDK: windmill-client 1.818.0 client.mjs: the body replays; Prisma's $queryRaw tagged template runs the query on every replay.
import { PrismaClient } from "@prisma/client";
import { task, workflow } from "windmill-client";

const prisma = new PrismaClient();

const notify = task(async (n: number) => ({ n }));

export const main = workflow(async (days: number) => {
  const rows = await prisma.$queryRaw<{ n: number }[]>`select count(*)::int as n from orders where age < ${days}`; // expect: WAC101
  return await notify(rows[0].n);
});
