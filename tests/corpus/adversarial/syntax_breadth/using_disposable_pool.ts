// SDK: windmill-client 1.818.0 client.mjs: the body re-runs on every replay; a `using`-managed connection opened and queried in the body queries the database again each round.
import { SQL } from "bun";
import { task, workflow } from "windmill-client";

const sendStatement = task(async (customerId: string, balance: number) => ({ sent: true }));

export const main = workflow(async (customerId: string, dsn: string) => {
  await using db = new SQL(dsn);
  const [row] = await db`select balance from accounts where id = ${customerId}`; // expect: WAC101
  return await sendStatement(customerId, row.balance);
});
