// SDK: none; a plain Bun script the workflows run with taskScript("f/shop/export_orders")
import * as wmill from "windmill-client";

export async function main(since: string, limit: number = 500, includeCancelled: boolean = false) {
  const db = await wmill.getResource("f/shop/orders_db");
  const res = await fetch(`${db.url}/export?since=${since}&limit=${limit}&cancelled=${includeCancelled}`);
  return { exported: (await res.json()).count as number };
}
