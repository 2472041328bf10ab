// SDK: windmill-client 1.818.0 client.mjs: both task promises are created (dispatched together) and each is awaited before use.
import { task, workflow } from "windmill-client";

const fetchInvoice = task(async (id: string) => ({ id, cents: 5000 }));
const fetchCustomer = task(async (id: string) => ({ id, name: "ACME" }));

export const main = workflow(async (invoiceId: string, customerId: string) => {
  const invoiceP = fetchInvoice(invoiceId);  // expect: WAC903
  const customerP = fetchCustomer(customerId);  // expect: WAC903
  const invoice = await invoiceP;
  const customer = await customerP;
  return { customer: customer.name, cents: invoice.cents };
});
