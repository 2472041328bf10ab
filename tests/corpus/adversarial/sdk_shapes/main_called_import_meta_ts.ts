// SDK: windmill-client 1.818.0 client.mjs workflow(): Windmill runs main itself; the guide says do not call main (here for local runs under import.meta.main).
import { task, workflow } from "windmill-client";

const greet = task(async (name: string) => `hi ${name}`);

export const main = workflow(async (name = "world") => {
  return await greet(name);
});

if (import.meta.main) {
  console.log(await main("local")); // expect: WAC006
}
