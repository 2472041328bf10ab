// Intraday statement matching for the settlement accounts (TypeScript port of ledger_recon).
import { step, task, taskScript, workflow } from "windmill-client";
import { formatCents, Ledger, stampedRef, sumCents, type Currency } from "/f/ts/index.ts";

const fetchStatement = taskScript("f/ops/fetch_bank_statement", { timeout: 300 });
const notify = taskScript("f/ops/notify_finance");

const ledgerRefs = task(async (book: string, accountId: string, day: string): Promise<string[]> => {
  const res = await fetch(`https://ledger.internal.example/books/${book}/accounts/${accountId}/refs?date=${day}`);
  return (await res.json()) as string[];
});

const ledgerBalance = task(async (book: string, accountId: string) => {
  return await new Ledger(book).balance(accountId);
});

export const main = workflow(async (accountId: string, day: string, currency: string = "EUR") => {
  const runRef = await step("run-ref", () => stampedRef("RCN"));
  const statement = await fetchStatement({ account_id: accountId, statement_date: day });
  const refs = new Set(await ledgerRefs("main", accountId, day));
  const missing = (statement.lines as { ref: string; amount_minor: number }[]).filter(
    (l) => !refs.has(l.ref),
  );
  const balance = await ledgerBalance("main", accountId);
  const gap = statement.closing_minor - balance;
  if (missing.length || gap !== 0) {
    await notify({
      channel: "#recon",
      text: `${runRef}: ${missing.length} unmatched (${formatCents(sumCents(missing.map((m) => m.amount_minor)), currency as Currency)}), gap ${formatCents(gap, currency as Currency)}`,
      severity: "warn",
    });
  }
  return { runRef, unmatched: missing.length, gap };
});
