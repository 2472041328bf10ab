// SDK: windmill-client 1.818.0 client.mjs: the body is replayed; the document is indexed again each round.
import { Client } from "@elastic/elasticsearch";
import { task, workflow } from "windmill-client";

const es = new Client({ node: "https://es.example.com:9200" });
const extract = task(async (url: string) => ({ url, words: url.split("/").length }));

export const main = workflow(async (url: string) => {
  const doc = await extract(url);
  await es.index({ index: "pages", document: doc }); // expect: WAC101
  return doc;
});
