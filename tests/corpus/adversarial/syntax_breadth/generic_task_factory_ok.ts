// SDK: windmill-client 1.818.0 client.mjs `task(fn, options)`: tasks are created at top level (a generic arrow and a typed helper); the body only awaits them.
import { task, workflow } from "windmill-client";

type Page<T> = { items: T[]; next?: string };
interface Invoice {
  id: string;
  cents: number;
}

const listInvoices = task(async <T = Invoice>(account: string, cursor?: string): Promise<Page<T>> => ({ items: [] }));
const summarize = task(async (account: string, count: number, cents: number) => ({ account, count, cents }), { timeout: 60 });

export const main = workflow(async (account: string) => {
  let cursor: string | undefined;
  const all: Invoice[] = [];
  do {
    const page: Page<Invoice> = await listInvoices<Invoice>(account, cursor);
    all.push(...page.items);
    cursor = page.next;
  } while (cursor);
  return await summarize(account, all.length, all.reduce((s, i) => s + i.cents, 0));
});
