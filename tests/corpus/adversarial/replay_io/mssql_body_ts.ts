// SDK: windmill-client 1.818.0 client.mjs: the INSERT through mssql in the body is run again after each task (one finding, at the use of the connection the body opens).
import sql from "mssql";
import { task, workflow } from "windmill-client";

const compute = task(async (day: string) => ({ day, total: 10 }));

export const main = workflow(async (day: string, conn: string) => {
  const r = await compute(day);
  const pool = await sql.connect(conn);
  await pool.request().query(`insert into totals values ('${r.day}', ${r.total})`); // expect: WAC101
  return r;
});
