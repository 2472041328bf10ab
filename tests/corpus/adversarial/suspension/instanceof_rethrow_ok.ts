// SDK: windmill-client 1.818.0 client.mjs: StepSuspend is not a subclass of the script's own error; `if (!(e instanceof QuotaError)) throw e` rethrows it.
import { task, workflow } from "windmill-client";

class QuotaError extends Error {
  constructor(public readonly retryAfter: number) {
    super(`quota exceeded, retry after ${retryAfter}s`);
  }
}

const sendSms = task(async (to: string, body: string) => {
  const res = await fetch("https://sms.example.com/api/messages", {
    method: "POST",
    body: JSON.stringify({ to, body }),
  });
  if (res.status === 429) throw new QuotaError(Number(res.headers.get("retry-after") ?? 60));
  return res.ok;
});

export const main = workflow(async (recipients: string[], body: string) => {
  let sent = 0;
  let deferred = 0;
  for (const to of recipients) {
    try {
      if (await sendSms(to, body)) sent++;
    } catch (e) {
      if (!(e instanceof QuotaError)) throw e;
      deferred++;
    }
  }
  return { sent, deferred };
});
