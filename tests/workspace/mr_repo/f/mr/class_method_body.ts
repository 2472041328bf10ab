import { task, workflow } from "windmill-client";
import { Mailer } from "/f/common/mailer.ts";

const mailer = new Mailer("https://mail.example.com/send");

const lookup = task(async (userId: string) => `${userId}@example.com`);

export const main = workflow(async (userId: string, text: string) => {
  const to = await lookup(userId);
  await mailer.send(to, mailer.format(text)); // expect: WAC101
  return to;
});
