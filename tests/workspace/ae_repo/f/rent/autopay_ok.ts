// Autopay day (reviewed): the plain step wrapper, which only logs.
import { step, task, workflow } from "../platform/wac";
import { e164, sendSms } from "../vendors/twilio";

const enrolled = task(async (day: number) => {
  const resp = await fetch(`https://pms.internal/autopay?day=${day}`);
  return (await resp.json()) as { tenantId: string; phone: string; cents: number }[];
});

const charge = task(async (tenantId: string, cents: number, key: string) => {
  const resp = await fetch("https://billing.internal/charge", {
    method: "POST",
    headers: { "idempotency-key": key },
    body: JSON.stringify({ tenantId, cents }),
  });
  return ((await resp.json()) as { ok: boolean }).ok;
});

const textReceipt = task(async (phone: string, cents: number) => {
  return await sendSms(e164(phone), `Harbor Lane: rent of $${(cents / 100).toFixed(2)} received. Thank you!`);
});

export const main = workflow(async (day: number, period: string) => {
  const tenants = await enrolled(day);
  const batch = await step("batch", () => ({ period, count: tenants.length }));
  let paid = 0;
  for (const t of tenants) {
    if (await charge(t.tenantId, t.cents, `${period}:${t.tenantId}`)) {
      await textReceipt(t.phone, t.cents);
      paid++;
    }
  }
  return { ...batch, paid };
});
