// SDK: windmill-client 1.818.0 client.mjs `workflow`: the body replays from the top; `ledger.record()` runs its `#insert` (a pg `pool.query`) on every replay.
import pg from "pg";
import { task, workflow } from "windmill-client";

class Ledger {
  #pool: pg.Pool;

  constructor(connectionString: string) {
    this.#pool = new pg.Pool({ connectionString, max: 2 });
  }

  async #insert(entry: { account: string; cents: number }) {
    await this.#pool.query("insert into ledger(account, cents) values ($1, $2)", [entry.account, entry.cents]);
  }

  async record(account: string, cents: number) {
    await this.#insert({ account, cents });
    return { account, cents };
  }
}

const settle = task(async function settle(account: string) {
  return { account, cents: 4200 };
});

export const main = workflow(async (account: string, dsn: string) => {
  const ledger = new Ledger(dsn);
  const settled = await settle(account);
  return await ledger.record(settled.account, settled.cents); // expect: WAC101
});
