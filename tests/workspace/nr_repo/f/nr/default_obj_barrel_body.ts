import { workflow } from "windmill-client";
import { api } from "/f/lib/api_barrel.ts";

export const main = workflow(async (url: string, amount: number) => {
  const text = api.fmt(amount);
  await api.send(url, { text }); // expect: WAC101
  return text;
});
