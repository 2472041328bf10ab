// SDK: windmill-client 1.818.0 client.mjs: the body replays; a Sequelize model create inserts a row on every replay.
import { DataTypes, Sequelize } from "sequelize";
import { task, workflow } from "windmill-client";

const sequelize = new Sequelize("postgres://app@db/shop");
const Order = sequelize.define("Order", { sku: DataTypes.STRING, qty: DataTypes.INTEGER });

const check = task(async (sku: string, qty: number) => ({ sku, qty: Math.max(qty, 1) }));

export const main = workflow(async (sku: string, qty: number) => {
  const o = await check(sku, qty);
  await Order.create(o); // expect: WAC101
  return o;
});
