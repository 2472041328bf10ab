// SDK: windmill-client 1.818.0 client.mjs: container and blob clients are references built locally; the upload runs in a task.
import { BlobServiceClient } from "@azure/storage-blob";
import { task, workflow } from "windmill-client";

const blobs = BlobServiceClient.fromConnectionString(process.env.AZURE_STORAGE ?? "");
const upload = task(async (name: string, html: string) => {
  await blobs.getContainerClient("reports").getBlockBlobClient(name).upload(html, html.length);
  return { name };
});

export const main = workflow(async (id: string) => {
  const url = blobs.getContainerClient("reports").getBlockBlobClient(`${id}.html`).url;
  await upload(`${id}.html`, `<html>${id}</html>`);
  return { url };
});
