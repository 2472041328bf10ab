// SDK: windmill-client 1.818.0 an approval flow in TypeScript: resume URLs got inside step(), the treasurer is emailed from a task, waitForApproval with a timeout; the order total is computed from inputs in the body
import { getResumeUrls, step, task, waitForApproval, workflow } from "windmill-client";

type Line = { sku: string; size: "XS" | "S" | "M" | "L" | "XL"; qty: number; unitPrice: number };

const emailTreasurer = task(async function emailTreasurer(total: number, approvalPage: string) {
  await fetch("https://mail.velo-club.example/send", {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ to: "treasurer@velo-club.example", subject: `Kit order: $${total.toFixed(2)}`, link: approvalPage }),
  });
});

const placeOrder = task(async function placeOrder(lines: Line[], po: string) {
  const res = await fetch("https://orders.kitmaker.example/api/orders", {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ po, lines }),
  });
  if (!res.ok) throw new Error(`supplier ${res.status}`);
  return (await res.json()) as { orderId: string; eta: string };
});

export const main = workflow(async (lines: Line[], season: string, budget = 4000) => {
  const total = lines.reduce((t, l) => t + l.qty * l.unitPrice, 0);
  const po = `KIT-${season}-${lines.length}`;

  if (total > budget) {
    const urls = await step("treasurer_urls", () => getResumeUrls());
    await emailTreasurer(total, urls.approvalPage);
    const decision = await waitForApproval({ timeout: 7 * 86400 });
    if (!decision.approved) return { po, ordered: false, total };
  }

  const order = await placeOrder(lines, po);
  const sizes = lines.reduce<Record<string, number>>((acc, l) => ({ ...acc, [l.size]: (acc[l.size] ?? 0) + l.qty }), {});
  return { po, ordered: true, total, orderId: order.orderId, eta: order.eta, sizes };
});
