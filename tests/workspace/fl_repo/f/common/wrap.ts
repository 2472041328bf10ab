import { task } from "windmill-client";
import * as wmill from "windmill-client";

function cached<T extends (...args: any[]) => any>(fn: T): T {
  return fn;
}

// a wrapped arrow: calling getUser runs the arrow
export const getUser = cached(async (id: string) => (await fetch(`https://users.example.com/${id}`)).json());

// tasks of a shared module: calling them dispatches a durable step
export const fetchUser = task(async (id: string) => (await fetch(`https://users.example.com/${id}`)).json());
export const fetchOrg = wmill.task(async (id: string) => (await fetch(`https://orgs.example.com/${id}`)).json()); // expect: WAC002

export async function main() {
  return 1;
}
