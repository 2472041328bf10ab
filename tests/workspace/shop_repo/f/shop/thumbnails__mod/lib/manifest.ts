export async function saveManifest(items: unknown[]): Promise<number> {
  return await Bun.write("/tmp/manifest.json", JSON.stringify(items));
}
