// SDK: windmill-client 1.818.0 client.mjs: Prisma.sql / Prisma.join build a parameterised query object in memory; it is run by `$queryRaw` inside the task.
import { Prisma, PrismaClient } from "@prisma/client";
import { task, workflow } from "windmill-client";

const prisma = new PrismaClient();

const countByStatus = task(async (sqlText: string, values: unknown[]) => {
  const rows = await prisma.$queryRawUnsafe<{ status: string; n: number }[]>(sqlText, ...values);
  return rows;
});

export const main = workflow(async (statuses: string[], since: string) => {
  const query = Prisma.sql`select status, count(*)::int as n from orders where status in (${Prisma.join(statuses)}) and created_at >= ${since}::date group by status`;
  return await countByStatus(query.sql, query.values);
});
