// SDK: windmill-client 1.818.0 replays the body each round; a drizzle query builder sends its SQL when it is awaited (thenable), no execute() call needed
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

export const main = workflow(async (databaseUrl: string, paymentId: string, cents: number) => {
  const db = drizzle(databaseUrl);
  const refundId = await refundPayment(paymentId, cents);
  await db.insert(auditLog).values({ id: refundId, action: "refund", amountCents: cents }); // expect: WAC101
  return { refundId };
});
