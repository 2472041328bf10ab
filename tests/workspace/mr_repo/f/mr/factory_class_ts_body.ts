import { workflow } from "windmill-client";
import { defaultMailer, mailerFor } from "/f/common/mail_factory.ts";

export const main = workflow(async (to: string, text: string) => {
  const shown = defaultMailer().format(text);
  await mailerFor("https://mail.example.com/send").send(to, shown); // expect: WAC101
  return shown;
});
