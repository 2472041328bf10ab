// SDK: windmill-client 1.818.0 client.mjs: the body re-runs each round; `api[method](...)` picks a method of the object by a computed key and runs it in the body, and both methods make requests.
import { task, workflow } from "windmill-client";

const api = {
  async get(url: string) {
    return (await fetch(url)).json();
  },
  async delete(url: string) {
    return (await fetch(url, { method: "DELETE" })).status;
  },
};

const audit = task(async (url: string, method: string) => ({ url, method, at: "recorded" }));

export const main = workflow(async (url: string, method: "get" | "delete") => {
  const out = await api[method](url); // expect: WAC101
  await audit(url, method);
  return out;
});
