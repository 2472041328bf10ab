import { task, workflow } from "windmill-client";

type Postgresql = { host: string; port: number; dbname: string };

const ping = task(async (host: string) => host);

export const main = workflow(async (db: Postgresql, table: string) => { // expect: WAC901
  return await ping(`${db.host}/${table}`);
});
