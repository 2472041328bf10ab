import { CrmClient } from "../shared/crm_client.ts";
import { task, workflow } from "windmill-client";

const crm = new CrmClient();

const loadCustomer = task(async (id: string) => ({ id }));
const pushCustomer = task(async (customer: { id: string }) => await crm.push(customer));

export const main = workflow(async (id: string) => {
  const customer = await loadCustomer(id);
  await pushCustomer(customer);
  return crm.describe(customer);
});
