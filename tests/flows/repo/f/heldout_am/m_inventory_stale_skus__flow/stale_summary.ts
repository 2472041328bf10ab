export async function main(warehouse_id: number, count: number, days: number) {
  return `Warehouse ${warehouse_id}: ${count} SKUs untouched for ${days}+ days moved to overflow`;
}
