// SDK: windmill-client 1.818.0 a plain default-exported main (no WAC import) with a top-level await of getVariable at module load, Stripe calls, a Date-based grace period and a try/catch per member
import { getVariable, setProgress } from "windmill-client";
import Stripe from "stripe";

const stripe = new Stripe(await getVariable("f/cycling/stripe_secret"));
const GRACE_DAYS = 14;

type Member = { id: string; email: string; customer: string; renews_on: string };

export default async function (members: Member[], priceId: string) {
  const now = Date.now();
  const due = members.filter((m) => Date.parse(m.renews_on) + GRACE_DAYS * 86_400_000 <= now);
  const results: { id: string; ok: boolean; error?: string }[] = [];

  for (const [i, m] of due.entries()) {
    try {
      await stripe.invoiceItems.create({ customer: m.customer, price: priceId });
      const invoice = await stripe.invoices.create({ customer: m.customer, auto_advance: true, collection_method: "send_invoice", days_until_due: 7 });
      results.push({ id: m.id, ok: Boolean(invoice.id) });
    } catch (err) {
      results.push({ id: m.id, ok: false, error: err instanceof Error ? err.message : String(err) });
    }
    await setProgress(Math.round(((i + 1) / due.length) * 100));
  }
  return { checked: members.length, invoiced: results.filter((r) => r.ok).length, failures: results.filter((r) => !r.ok) };
}
