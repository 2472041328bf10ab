// SDK: windmill-client 1.818.0 client.mjs: @azure/storage-blob's BlobSASPermissions.parse reads a permission string in memory; the SAS itself is made in the task.
import { BlobSASPermissions, StorageSharedKeyCredential, generateBlobSASQueryParameters } from "@azure/storage-blob";
import { task, workflow } from "windmill-client";

const makeSas = task(async (account: string, key: string, container: string, blob: string, permissions: string, expiresOn: string) => {
  const cred = new StorageSharedKeyCredential(account, key);
  const sas = generateBlobSASQueryParameters({ containerName: container, blobName: blob, permissions: BlobSASPermissions.parse(permissions), expiresOn: new Date(expiresOn) }, cred);
  return `https://${account}.blob.core.windows.net/${container}/${blob}?${sas.toString()}`;
});

export const main = workflow(async (account: string, key: string, container: string, blob: string, perms: string, expiresOn: string) => {
  const normalized = BlobSASPermissions.parse(perms).toString();
  if (normalized.includes("d")) return { error: "delete is not allowed" };
  return { url: await makeSas(account, key, container, blob, normalized, expiresOn) };
});
