import { task, workflow } from "windmill-client";
import { Mailer, emit, nameOf } from "/f/lib/barrel_rename.ts";

const deliver = task(async (from: string, to: string, text: string) => {
  await new Mailer(from).send(to, text);
});
const announce = task(async (url: string, name: string) => emit(url, { name }));

export const main = workflow(async (from: string, to: string, url: string) => {
  const text = new Mailer(from).render("welcome");
  await deliver(from, to, text);
  return await announce(url, nameOf("mail"));
});
