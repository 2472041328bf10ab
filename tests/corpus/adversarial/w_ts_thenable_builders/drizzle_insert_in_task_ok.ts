// SDK: windmill-client 1.818.0 task() runs its function as a child job, once; the drizzle insert is awaited there
import { task, workflow } from "windmill-client";
import { drizzle } from "drizzle-orm/node-postgres";
import { pgTable, text, integer, timestamp } from "drizzle-orm/pg-core";

const auditLog = pgTable("audit_log", {
  id: text("id").primaryKey(),
  action: text("action").notNull(),
  amountCents: integer("amount_cents"),
  at: timestamp("at").defaultNow(),
});

const refundPayment = task(async (paymentId: string, cents: number) => {
  const res = await fetch(`https://payments.internal/payments/${paymentId}/refunds`, {
    method: "POST",
    body: JSON.stringify({ cents }),
  });
  return ((await res.json()) as { refundId: string }).refundId;
});

const writeAudit = task(async (databaseUrl: string, refundId: string, cents: number) => {
  const db = drizzle(databaseUrl);
  await db.insert(auditLog).values({ id: refundId, action: "refund", amountCents: cents });
  return refundId;
});

export const main = workflow(async (databaseUrl: string, paymentId: string, cents: number) => {
  const db = drizzle(databaseUrl);
  const preview = db.insert(auditLog).values({ id: "preview", action: "refund", amountCents: cents }).toSQL();
  const refundId = await refundPayment(paymentId, cents);
  await writeAudit(databaseUrl, refundId, cents);
  return { refundId, sql: preview.sql };
});
