// SDK: windmill-client 1.818.0 client.mjs: a task body runs once in its own job; the `Pool` subclass is built and queried inside the task, the body only passes strings.
import { Pool } from "pg";
import { task, workflow } from "windmill-client";

class Accounts extends Pool {
  async balance(id: string): Promise<number> {
    const res = await this.query("select balance from accounts where id = $1", [id]);
    return res.rows[0].balance;
  }
}

const readBalance = task(async (id: string, dsn: string) => {
  return await new Accounts({ connectionString: dsn }).balance(id);
});
const notify = task(async (id: string, balance: number) => `${id}:${balance}`);

export const main = workflow(async (id: string, dsn: string) => {
  const balance = await readBalance(id, dsn);
  return await notify(id, balance);
});
