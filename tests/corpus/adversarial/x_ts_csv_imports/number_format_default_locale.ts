// SDK: windmill-client 1.818.0 step(name, fn): the key is the name as given; new Intl.NumberFormat() with no locale formats with the worker's default locale ("1,234" / "1.234" / "1 234")
import { task, step, workflow } from "windmill-client";

type Ledger = { account: string; entries: { amount: number }[] };

const postTotal = task(async (account: string, total: string) => {
  await fetch("https://ledger.internal/api/totals", {
    method: "POST",
    body: JSON.stringify({ account, total }),
  });
});

export const main = workflow(async (ledger: Ledger) => {
  const sum = ledger.entries.reduce((acc, e) => acc + e.amount, 0);
  const totalText = new Intl.NumberFormat().format(sum); // expect: WAC102
  await postTotal(ledger.account, totalText);
  const checked = await step("verify_total", () => ({ account: ledger.account, sum }));
  return checked;
});
