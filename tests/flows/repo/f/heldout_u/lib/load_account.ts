import * as wmill from "windmill-client";

type Postgresql = {
  host: string;
  port: number;
  user: string;
  dbname: string;
  password: string;
};

export async function main(db: Postgresql, account_id: string, include_closed = false) {
  const { Client } = await import("pg");
  const client = new Client(db);
  await client.connect();
  try {
    const res = await client.query(
      "select id, name, plan, owner_email, closed_at from accounts where id = $1",
      [account_id],
    );
    const row = res.rows[0];
    if (!row || (!include_closed && row.closed_at)) {
      return { found: false, account: null };
    }
    return { found: true, account: row };
  } finally {
    await client.end();
  }
}
