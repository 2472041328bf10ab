import { task, workflow } from "windmill-client";
import { LoggedIn, Page } from "/f/common/login_client.ts";

const fetchOrders = task(async (url: string, size: number) => []);

export const main = workflow(async (url: string, user: string) => {
  const page = new Page(url);
  const session = new LoggedIn(url, user); // expect: WAC101
  return { orders: await fetchOrders(url, page.size), session: typeof session };
});
