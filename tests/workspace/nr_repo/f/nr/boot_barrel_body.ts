import { task, workflow } from "windmill-client";
import { eventName } from "/f/lib/boot_barrel.ts"; // expect: WAC101

const send = task(async (name: string) => ({ sent: name }));

export const main = workflow(async (kind: string) => {
  return await send(eventName(kind));
});
