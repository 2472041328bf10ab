import { Client } from "pg";
import * as wmill from "windmill-client";

export async function main(order_id: string) {
  const db = await wmill.getResource("f/payments/orders_db");
  const client = new Client(db);
  await client.connect();
  try {
    const { rows } = await client.query(
      "select charge_id, amount_cents from orders where id = $1",
      [order_id],
    );
    if (rows.length === 0) throw new Error(`no order ${order_id}`);
    return { charge_id: rows[0].charge_id as string, amount: rows[0].amount_cents as number };
  } finally {
    await client.end();
  }
}
