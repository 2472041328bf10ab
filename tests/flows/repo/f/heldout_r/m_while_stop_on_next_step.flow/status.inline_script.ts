export async function main(vendor: { url: string; token: string }, export_id: string) {
  return { status: "pending" as "pending" | "ready", url: `${vendor.url}/exports/${export_id}` }
}
