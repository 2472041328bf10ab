export async function main(uploaded: number, last_key?: string) {
  console.log(`uploaded ${uploaded} invoices, last ${last_key}`);
  return { uploaded };
}
