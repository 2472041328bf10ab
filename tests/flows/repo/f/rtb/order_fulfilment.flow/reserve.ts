export async function main(lines: { sku: string; qty: number }[], warehouse_code: string) {
  return { warehouse_code, reserved: lines };
}
