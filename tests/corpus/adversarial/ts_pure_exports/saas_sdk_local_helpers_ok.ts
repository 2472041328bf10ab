// SDK: windmill-client 1.818.0 client.mjs: local helpers of SDKs whose clients do I/O: langchain's text splitter (pure string work), Cloudinary's `url` (builds a delivery URL), contentful's `createClient` (no request until a method is called, here inside a step).
import { RecursiveCharacterTextSplitter } from "langchain/text_splitter";
import { v2 as cloudinary } from "cloudinary";
import * as contentful from "contentful";
import { step, task, workflow } from "windmill-client";

const embedChunks = task(async (chunks: string[], imageUrl: string, title: string) => ({ chunks: chunks.length, imageUrl, title }));

export const main = workflow(async (text: string, publicId: string, space: string, token: string, entryId: string) => {
  const splitter = new RecursiveCharacterTextSplitter({ chunkSize: 500, chunkOverlap: 50 });
  const chunks = await splitter.splitText(text);
  const imageUrl = cloudinary.url(publicId, { width: 300, crop: "fill" });
  const cms = contentful.createClient({ space, accessToken: token });
  const entry = await step("entry", async () => {
    const e = await cms.getEntry(entryId);
    return { title: String(e.fields.title ?? "") };
  });
  return await embedChunks(chunks, imageUrl, entry.title);
});
