// SDK: windmill-client 1.818.0 client.mjs `task`: a task's function runs in its own step; a module-level `Ledger` whose pool connects lazily (pg connects on the first query) is only used inside tasks.
import pg from "pg";
import { task, workflow } from "windmill-client";

class Ledger {
  #pool = new pg.Pool({ connectionString: process.env.LEDGER_DSN, max: 2 });

  async record(account: string, cents: number) {
    await this.#pool.query("insert into ledger(account, cents) values ($1, $2)", [account, cents]);
    return { account, cents };
  }
}

const ledger = new Ledger();

const settle = task(async function settle(account: string) {
  return { account, cents: 4200 };
});

const record = task(async function record(account: string, cents: number) {
  return await ledger.record(account, cents);
});

export const main = workflow(async (account: string) => {
  const settled = await settle(account);
  return await record(settled.account, settled.cents);
});
