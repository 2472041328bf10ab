// SDK: windmill-client 1.818.0 client.mjs: process.cwd() is the working directory of the worker process replaying the round, read again every round.
import { task, workflow } from "windmill-client";

const exportTo = task(async (path: string, table: string) => 0);

export const main = workflow(async (table: string) => {
  const target = `${process.cwd()}/exports/${table}.csv`; // expect: WAC102
  return await exportTo(target, table);
});
