// SDK: windmill-client 1.818.0 client.mjs: the body replays; prisma.$transaction commits its writes again on each replay.
import { PrismaClient } from "@prisma/client";
import { task, workflow } from "windmill-client";

const db = new PrismaClient();

const quote = task(async (from: string, to: string, cents: number) => ({ from, to, cents }));

export const main = workflow(async (from: string, to: string, cents: number) => {
  const q = await quote(from, to, cents);
  await db.$transaction([ // expect: WAC101
    db.account.update({ where: { id: q.from }, data: { balance: { decrement: q.cents } } }),
    db.account.update({ where: { id: q.to }, data: { balance: { increment: q.cents } } }),
  ]);
  return q;
});
