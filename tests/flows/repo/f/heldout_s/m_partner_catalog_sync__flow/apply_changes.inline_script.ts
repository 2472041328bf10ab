import postgres from "postgres";

type Postgresql = { host: string; port: number; user: string; password: string; dbname: string };

export async function main(
  db: Postgresql,
  upserts: { sku: string; price_cents: number; title: string }[],
  deactivate: string[],
) {
  const sql = postgres({ ...db, database: db.dbname });
  await sql.begin(async (tx) => {
    for (const u of upserts) {
      await tx`INSERT INTO products (partner_sku, price_cents, title, active) VALUES (${u.sku}, ${u.price_cents}, ${u.title}, true)
               ON CONFLICT (partner_sku) DO UPDATE SET price_cents = excluded.price_cents, title = excluded.title, active = true`;
    }
    if (deactivate.length) await tx`UPDATE products SET active = false WHERE partner_sku IN ${tx(deactivate)}`;
  });
  await sql.end();
  return { upserted: upserts.length, deactivated: deactivate.length };
}
