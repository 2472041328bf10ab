// SDK: windmill-client 1.818.0 workflow(fn) only marks fn; windmill-oracle `sig` on this file: {"type": "Invalid"} (swc rejects the `@` of a decorator), so Windmill reads no parameter of main and calls it without `welcome_to`
import { task, workflow } from "windmill-client";
import { labelled } from "/f/lib/decorators.ts";

class Snapshot {
  constructor(private readonly ids: string[]) {}

  @labelled("size")  // expect: WAC903
  size(): number {
    return this.ids.length;
  }
}

const loadCustomers = task(async function loadCustomers(source: string) {
  const res = await fetch(`https://crm.billing.example/v1/customers?source=${source}`);
  return (await res.json()) as string[];
});

export const main = workflow(async (welcome_to: string) => { // expect: WAC901
  const live = await loadCustomers("live");
  return { to: welcome_to, size: new Snapshot(live).size() };
});
