import { workflow } from "windmill-client";
import { Mailer, emit, nameOf } from "/f/lib/barrel_rename.ts";

export const main = workflow(async (from: string, to: string, url: string) => {
  const mailer = new Mailer(from);
  await mailer.send(to, mailer.render("welcome")); // expect: WAC101
  await emit(url, { name: nameOf("mail") }); // expect: WAC101
  return to;
});
