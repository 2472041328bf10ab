// SDK: windmill-client 1.818.0 client.mjs: the body is replayed after every task; the blob upload in the body is sent again each round.
import { BlobServiceClient } from "@azure/storage-blob";
import { task, workflow } from "windmill-client";

const blobs = BlobServiceClient.fromConnectionString(process.env.AZURE_STORAGE ?? "");
const render = task(async (id: string) => `<html>${id}</html>`);

export const main = workflow(async (id: string) => {
  const html = await render(id);
  const blob = blobs.getContainerClient("reports").getBlockBlobClient(`${id}.html`);
  await blob.upload(html, html.length); // expect: WAC101
  return { id };
});
