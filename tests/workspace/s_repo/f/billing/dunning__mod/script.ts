// SDK: windmill-client 1.818.0 taskScript("./escalate.ts") is a module beside the script (dunning__mod/)
import { sleep, task, taskScript, workflow } from "windmill-client";
import { reminderText, sendReminder } from "./templates.ts";

const escalate = taskScript("./escalate.ts");
const suspend = taskScript("./suspend_account.ts"); // expect: WAC401

const balance = task(async (customerId: string) => {
  const res = await fetch(`https://billing.internal/balance/${customerId}`);
  return (await res.json()) as { name: string; email: string; overdue: string; paid: boolean };
});

export const main = workflow(async (customerId: string, maxLevel: number = 3) => {
  for (let level = 1; level <= maxLevel; level++) {
    const b = await balance(customerId);
    if (b.paid) return { paid: true, level };
    const text = reminderText(b.name, level, b.overdue);
    await sendReminder(b.email, text); // expect: WAC101
    await escalate({ customer_id: customerId, level });
    await sleep(3 * 24 * 3600);
  }
  await suspend({ customer_id: customerId });
  return { paid: false };
});
