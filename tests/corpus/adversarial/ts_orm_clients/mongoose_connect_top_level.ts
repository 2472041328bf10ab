// SDK: windmill-client 1.818.0 client.mjs: module code runs again in each replay's process; the awaited connect opens a new MongoDB connection each time.
import mongoose from "mongoose";
import { task, workflow } from "windmill-client";

await mongoose.connect("mongodb://mongo:27017/app"); // expect: WAC101

const Event = mongoose.model("Event", new mongoose.Schema({ kind: String }));

const record = task(async (kind: string) => (await Event.create({ kind })).id);

export const main = workflow(async (kind: string) => {
  return await record(kind);
});
