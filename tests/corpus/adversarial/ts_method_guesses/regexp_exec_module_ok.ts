// SDK: windmill-client 1.818.0 client.mjs: RegExp.prototype.exec matches a string in memory.
import { task, workflow } from "windmill-client";

const INVOICE = new RegExp("INV-(\\d{6})");
const lookup = task(async (invoice: string) => ({ invoice, found: true }));

export const main = workflow(async (subject: string) => {
  const m = INVOICE.exec(subject);
  if (!m) return { skipped: true };
  return await lookup(m[1]);
});
