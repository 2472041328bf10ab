// SDK: windmill-client 1.818.0 client.mjs: isBefore and addDays of input dates are pure; every replay takes the same branch.
import { addDays, isBefore, parseISO } from "date-fns";
import { task, workflow } from "windmill-client";

const remind = task(async (id: string) => ({ id, reminded: true }));
const escalate = task(async (id: string) => ({ id, escalated: true }));

export const main = workflow(async (id: string, openedAt: string, resolvedAt: string) => {
  if (isBefore(addDays(parseISO(openedAt), 3), parseISO(resolvedAt))) {
    return await escalate(id);
  }
  return await remind(id);
});
