// SDK: windmill-client 1.818.0 client.mjs: the body re-runs on replay; `handlers.get("log")` is the logging handler (the posting one is only called inside the task).
import { task, workflow } from "windmill-client";

const postHook = (text: string) => fetch("https://hooks.example.com/x", { method: "POST", body: text });
const logLine = (text: string) => {
  console.log(text);
  return Promise.resolve(text);
};

const handlers = new Map<string, (text: string) => Promise<unknown>>([
  ["hook", postHook],
  ["log", logLine],
]);

const close = task(async function close(id: string) {
  return `incident ${id} closed`;
});

const announce = task(async function announce(text: string) {
  await handlers.get("hook")?.(text);
  return text;
});

export const main = workflow(async (id: string) => {
  const text = await close(id);
  await handlers.get("log")?.(text);
  return await announce(text);
});
