// SDK: windmill-client 1.818.0 client.mjs: the guide puts external state behind a step; a findMany in the body may read different rows on replay.
import { PrismaClient } from "@prisma/client";
import { task, workflow } from "windmill-client";

const prisma = new PrismaClient();

const remind = task(async (email: string) => ({ email, sent: true }));

export const main = workflow(async () => {
  const overdue = await prisma.invoice.findMany({ where: { paid: false } }); // expect: WAC101
  const out = [];
  for (const inv of overdue) {
    out.push(await remind(inv.email));
  }
  return out;
});
