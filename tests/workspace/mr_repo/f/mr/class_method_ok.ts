import { task, workflow } from "windmill-client";
import { Mailer } from "/f/common/mailer.ts";

const mailer = new Mailer("https://mail.example.com/send");

const deliver = task(async (to: string, text: string) => {
  await mailer.send(to, text);
  return to;
});

export const main = workflow(async (to: string, text: string) => {
  return await deliver(to, mailer.format(text));
});
