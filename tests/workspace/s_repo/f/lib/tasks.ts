// SDK: windmill-client 1.818.0 task(fn): getParamNames(fn) maps positional arguments to names
import { task } from "windmill-client";

export const notifyTeam = task(async function notifyTeam(channel: string, text: string) {
  const res = await fetch("https://hooks.slack.com/services/T000/B000/XXXX", {
    method: "POST",
    body: JSON.stringify({ channel, text }),
  });
  return { status: res.status };
});

export const issueCredit = task(async (customerId: string, amountCents: number) => {
  const res = await fetch("https://billing.internal/v1/credits", {
    method: "POST",
    body: JSON.stringify({ customer: customerId, amount: amountCents }),
  });
  return (await res.json()) as { id: string };
});
