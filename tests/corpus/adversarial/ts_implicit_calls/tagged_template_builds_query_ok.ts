// SDK: windmill-client 1.818.0 client.mjs: the body re-runs every round; this tag only builds a query object, the same each replay, and the task runs it.
import { task, workflow } from "windmill-client";

function sql(strings: TemplateStringsArray, ...values: unknown[]) {
  return { text: strings.join("?"), values };
}

const runQuery = task(async (query: { text: string; values: unknown[] }) => ({ rows: query.values.length }));

export const main = workflow(async (customerId: string) => {
  const query = sql`select * from invoices where customer_id = ${customerId}`;
  return await runQuery(query);
});
