// SDK: windmill-client 1.818.0 client.mjs: node-sql-parser's astify parses SQL text in memory; the statement is run by a task.
import { Parser } from "node-sql-parser";
import { task, workflow } from "windmill-client";

const parser = new Parser();
const runReport = task(async (query: string) => ({ query, rows: [] as unknown[] }));

export const main = workflow(async (query: string) => {
  const ast = parser.astify(query);
  const statements = Array.isArray(ast) ? ast : [ast];
  if (statements.some((s) => s.type !== "select")) return { rejected: true };
  return await runReport(parser.sqlify(ast));
});
