// SDK: windmill-client 1.818.0 task() args are JSON; toLocaleDateString / Intl.NumberFormat with an explicit locale and timeZone give the same string on every worker
import { task, workflow } from "windmill-client";

type Statement = { accountId: string; periodEnd: string; balanceCents: number; email: string };

const fmtDate = (iso: string) =>
  new Date(iso).toLocaleDateString("en-GB", { timeZone: "UTC", day: "2-digit", month: "short", year: "numeric" });
const fmtMoney = new Intl.NumberFormat("en-US", { style: "currency", currency: "USD" });

const sendStatement = task(async (email: string, subject: string, body: string) => {
  await fetch("https://mail.internal/api/send", {
    method: "POST",
    body: JSON.stringify({ to: email, subject, body }),
  });
});

export const main = workflow(async (statements: Statement[]) => {
  let sent = 0;
  for (const s of statements) {
    const subject = `Statement for ${fmtDate(s.periodEnd)}`;
    const body = `Your balance is ${fmtMoney.format(s.balanceCents / 100)}.`;
    await sendStatement(s.email, subject, body);
    sent++;
  }
  return { sent };
});
