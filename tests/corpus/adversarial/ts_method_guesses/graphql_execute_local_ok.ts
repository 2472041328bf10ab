// SDK: windmill-client 1.818.0 client.mjs: graphql's execute runs a document against a schema and resolvers of the file, in memory.
import { buildSchema, execute, parse } from "graphql";
import { task, workflow } from "windmill-client";

const schema = buildSchema("type Query { total(xs: [Int!]!): Int! }");
const root = { total: ({ xs }: { xs: number[] }) => xs.reduce((a, b) => a + b, 0) };
const bill = task(async (cents: number) => ({ cents, billed: true }));

export const main = workflow(async (lines: number[]) => {
  const r = await execute({ schema, document: parse(`{ total(xs: [${lines.join(",")}]) }`), rootValue: root });
  const total = (r.data as { total: number }).total;
  return await bill(total);
});
