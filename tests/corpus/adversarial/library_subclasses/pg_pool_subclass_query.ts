// SDK: windmill-client 1.818.0 client.mjs: the workflow body replays from the top after each task; `Accounts` extends pg's `Pool`, so `this.query(...)` in `balance` runs the SQL again on every replay.
import { Pool } from "pg";
import { task, workflow } from "windmill-client";

class Accounts extends Pool {
  async balance(id: string): Promise<number> {
    const res = await this.query("select balance from accounts where id = $1", [id]);
    return res.rows[0].balance;
  }
}

const notify = task(async (id: string, balance: number) => `${id}:${balance}`);

export const main = workflow(async (id: string, dsn: string) => {
  const accounts = new Accounts({ connectionString: dsn });
  const balance = await accounts.balance(id); // expect: WAC101
  return await notify(id, balance);
});
