// Match every open invoice against bank transactions; invoices that do not
// match are flagged for the accounting team.
import { task, taskScript, workflow } from "windmill-client";

type Invoice = { id: string; number: string; amount: number };
type Tx = { id: string; reference: string; amount: number };

const fetchOpenInvoices = taskScript("f/accounting/fetch_open_invoices");
const fetchTransactions = taskScript("f/accounting/fetch_bank_transactions", { timeout: 300 });

const matchInvoice = task(async (invoice: Invoice, transactions: Tx[]) => {
  const tx = transactions.find((t) => t.reference === invoice.number && Math.abs(t.amount - invoice.amount) < 0.01);
  return tx ? { matched: true, transactionId: tx.id } : { matched: false };
});

const markPaid = task(async (invoiceId: string, transactionId: string) => {
  await fetch(`https://erp.example/api/invoices/${invoiceId}/pay`, { method: "POST", body: JSON.stringify({ tx: transactionId }) });
});

const flagForReview = task(async (invoiceId: string) => {
  await fetch("https://erp.example/api/review-queue", { method: "POST", body: JSON.stringify({ invoice_id: invoiceId }) });
});

export const main = workflow(async (companyId: string, month: string) => {
  const invoices: Invoice[] = await fetchOpenInvoices({ company_id: companyId, month });
  const transactions: Tx[] = await fetchTransactions({ company_id: companyId, month });
  const unmatched: string[] = [];
  for (const invoice of invoices) {
    const result = await matchInvoice(invoice, transactions);
    if (result.matched) {
      await markPaid(invoice.id, result.transactionId!);
    } else {
      await flagForReview(invoice.id);
      unmatched.push(invoice.id);
    }
  }
  return { checked: invoices.length, unmatched };
});
