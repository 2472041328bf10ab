export async function main(printer: string, sheet: string) {
  await fetch(`https://print.bakery.example/${printer}`, { method: "POST", body: sheet });
  return { printed: true };
}
