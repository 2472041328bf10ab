// SDK: windmill-client 1.818.0 client.mjs: every round loads the module again; the instance built at load evaluates its field initializers, so the catalog is fetched in each round.
import { task, workflow } from "windmill-client";

class Catalog {
  items = fetch("https://catalog.example.com/items").then((r) => r.json());
}

const catalog = new Catalog(); // expect: WAC101

const price = task(async (sku: string) => ({ sku, price: 3 }));

export const main = workflow(async (sku: string) => {
  console.log(typeof catalog);
  return await price(sku);
});
