export async function main(order_id: string, tracking: string, express: boolean) {
  const text = express
    ? `Order ${order_id} ships express, tracking ${tracking}`
    : `Order ${order_id} ships standard, tracking ${tracking}`;
  console.log(text);
  return { order_id, text };
}
