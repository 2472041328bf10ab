// SDK: windmill-client 1.818.0 client.mjs: the body is replayed; the statement runs again in Snowflake each round.
import snowflake from "snowflake-sdk";
import { task, workflow } from "windmill-client";

const conn = snowflake.createConnection({ account: "acme", username: "etl", password: process.env.SF_PW ?? "" });
const summarize = task(async (day: string) => ({ day, rows: 10 }));

export const main = workflow(async (day: string) => {
  const s = await summarize(day);
  conn.execute({ sqlText: "insert into daily(day, rows) values (?, ?)", binds: [s.day, s.rows] }); // expect: WAC101
  return s;
});
