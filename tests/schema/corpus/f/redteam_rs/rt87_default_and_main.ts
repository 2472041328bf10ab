export default async function (a: string, b = { x: 1 }) {
  return a;
}
export async function main(c: number) {}
