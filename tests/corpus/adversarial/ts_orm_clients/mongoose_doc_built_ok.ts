// SDK: windmill-client 1.818.0 client.mjs: building a mongoose document and validating it is in memory; it is saved inside a task.
import mongoose from "mongoose";
import { task, workflow } from "windmill-client";

const Subscription = mongoose.model("Subscription", new mongoose.Schema({ user: String, plan: String }));

const save = task(async (doc: { user: string; plan: string }) => {
  await Subscription.create(doc);
  return doc.user;
});

export const main = workflow(async (user: string) => {
  const doc = new Subscription({ user, plan: "solo" });
  const plain = doc.toObject() as { user: string; plan: string };
  return await save({ user: plain.user, plan: plain.plan });
});
