export async function main(x = { "__proto__": {}, __proto__: [], b: 2 }) {
  return x;
}
