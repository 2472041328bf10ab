import { CrmClient } from "/f/shared/crm_client.ts";
import { task, workflow } from "windmill-client";

const crm = new CrmClient();

const loadCustomer = task(async (id: string) => ({ id }));

export const main = workflow(async (id: string) => {
  const customer = await loadCustomer(id);
  const label = crm.describe(customer);
  await crm.push(customer); // expect: WAC101
  return label;
});
