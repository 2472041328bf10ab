// SDK: windmill-client 1.818.0 client.mjs: the tagged template runs inside the task's job, once.
import postgres from "postgres";
import { task, workflow } from "windmill-client";

const sql = postgres("postgres://app@db/app");
const charge = task(async (invoiceId: string) => ({ invoiceId, paid: true }));
const markPaid = task(async (invoiceId: string) => {
  await sql`update invoices set paid = true where id = ${invoiceId}`;
  return invoiceId;
});

export const main = workflow(async (invoiceId: string) => {
  const r = await charge(invoiceId);
  if (r.paid) await markPaid(invoiceId);
  return r;
});
