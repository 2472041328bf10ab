// Daily order ETL: pull yesterday's orders from the shop API, normalise them,
// and load them into the analytics warehouse.
import { task, workflow } from "windmill-client";
import { SQL } from "bun";

type Order = { id: string; customer: { id: string }; total: string; currency?: string };
type Row = { order_id: string; customer_id: string; total_cents: number; currency: string };

const extractOrders = task(
  async (shopUrl: string, day: string): Promise<Order[]> => {
    const res = await fetch(`${shopUrl}/api/orders?date=${day}`);
    if (!res.ok) throw new Error(`shop API returned ${res.status}`);
    return (await res.json()).orders;
  },
  { timeout: 600, tag: "etl" },
);

const transformOrders = task(async (orders: Order[]): Promise<Row[]> => {
  return orders.map((o) => ({
    order_id: o.id,
    customer_id: o.customer.id,
    total_cents: Math.round(parseFloat(o.total) * 100),
    currency: o.currency ?? "USD",
  }));
});

const loadOrders = task(
  async (dsn: string, rows: Row[]): Promise<number> => {
    const sql = new SQL(dsn);
    for (const row of rows) {
      await sql`INSERT INTO orders ${sql(row)} ON CONFLICT (order_id) DO NOTHING`;
    }
    return rows.length;
  },
  { timeout: 900, tag: "etl" },
);

export const main = workflow(async (shopUrl: string, warehouseDsn: string, day: string) => {
  const orders = await extractOrders(shopUrl, day);
  const rows = await transformOrders(orders);
  const loaded = await loadOrders(warehouseDsn, rows);
  return { day, extracted: orders.length, loaded };
});
