// SDK: dist/sqlUtils.mjs 1.818.0 datatable() and the tagged template only build a statement object (content + args, no request); its `.fetch()` runs inside the step, whose result is checkpointed
import { datatable, sleep, step, task, workflow } from "windmill-client";

type Order = { id: number; customer_email: string; total_cents: number };

const sendDunning = task(async function sendDunning(orderId: number, email: string, totalCents: number) {
  const res = await fetch("https://api.resend.com/emails", {
    method: "POST",
    headers: { Authorization: `Bearer ${process.env.RESEND_KEY}`, "Content-Type": "application/json" },
    body: JSON.stringify({
      from: "billing@acme.io",
      to: email,
      subject: `Order #${orderId} is still unpaid`,
      text: `Please pay ${(totalCents / 100).toFixed(2)} EUR.`,
    }),
  });
  return { orderId, sent: res.ok };
});

export const main = workflow(async (days_overdue = 14) => {
  const sql = datatable("billing");
  const query = sql`
    SELECT id, customer_email, total_cents FROM orders
    WHERE status = 'unpaid' AND created_at < now() - make_interval(days => ${days_overdue}::int)
    ORDER BY id
  `;
  const overdue = (await step("overdue_orders", () => query.fetch())) as Order[];
  const sent = [];
  for (const order of overdue) {
    sent.push(await sendDunning(order.id, order.customer_email, order.total_cents));
    await sleep(2);
  }
  return { reminded: sent.filter((s) => s.sent).length };
});
