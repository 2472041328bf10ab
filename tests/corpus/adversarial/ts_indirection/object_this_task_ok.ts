// SDK: windmill-client 1.818.0 client.mjs: the body re-runs each round; an object literal whose method calls a sibling through `this`, which awaits a task, dispatches the task once and repeats only the formatting.
import { task, workflow } from "windmill-client";

const sendEmail = task(async (to: string, body: string) => ({ to, sent: body.length > 0 }));

const mailer = {
  signature: "-- the billing team",
  format(body: string) {
    return `${body}\n${this.signature}`;
  },
  async send(to: string, body: string) {
    return await sendEmail(to, this.format(body));
  },
};

export const main = workflow(async (to: string, amount: number) => {
  const { format } = mailer;
  console.log(format.call(mailer, "preview"));
  return await mailer.send(to, `Your invoice of ${amount} EUR is ready.`);
});
