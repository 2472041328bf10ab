export async function main(vendor: { url: string; token: string }, dataset: string) {
  return { export_id: `${dataset}-1` }
}
