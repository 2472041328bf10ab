// SDK: windmill-client 1.818.0 client.mjs: the body re-runs on every replay; the tagged template runs the UPDATE again each round.
import postgres from "postgres";
import { task, workflow } from "windmill-client";

const sql = postgres("postgres://app@db/app");
const charge = task(async (invoiceId: string) => ({ invoiceId, paid: true }));

export const main = workflow(async (invoiceId: string) => {
  const r = await charge(invoiceId);
  await sql`update invoices set paid = ${r.paid} where id = ${invoiceId}`; // expect: WAC101
  return r;
});
