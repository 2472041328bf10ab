export async function main(store_id: number) {
  return { id: store_id, street: "1 Main St", city: "Springfield", country: "US" }
}
