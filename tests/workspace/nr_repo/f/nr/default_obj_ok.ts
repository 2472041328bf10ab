import { task, workflow } from "windmill-client";
import api from "/f/lib/default_obj.ts";

const send = task(async (url: string, text: string) => {
  await api.send(url, { text });
});

export const main = workflow(async (url: string, amount: number) => {
  const text = api.fmt(amount);
  await send(url, text);
  return text;
});
