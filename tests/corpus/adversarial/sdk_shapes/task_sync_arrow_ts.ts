// SDK: windmill-client 1.818.0 client.mjs task(fn): the guide's API types fn as (...args) => Promise<any>; a non-async arrow is not a task function (WAC004).
import { task, workflow } from "windmill-client";

const slugify = task((title: string) => title.toLowerCase().replace(/\s+/g, "-")); // expect: WAC004

export const main = workflow(async (title: string) => {
  return await slugify(title);
});
