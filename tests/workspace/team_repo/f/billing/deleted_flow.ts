// SDK: windmill-client 1.818.0 taskFlow dispatches the path as written; f/billing/dunning was deleted from the repository.
import { taskFlow, workflow } from "windmill-client";

const dunning = taskFlow("f/billing/dunning"); // expect: WAC401

export const main = workflow(async (customerId: string) => {
  return await dunning({ customer_id: customerId });
});
