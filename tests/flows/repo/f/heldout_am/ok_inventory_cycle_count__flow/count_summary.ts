export async function main(tasks: { sku: string; task_id: string }[], warehouse_id: number) {
  return `Warehouse ${warehouse_id}: ${tasks.length} cycle counts requested`;
}
