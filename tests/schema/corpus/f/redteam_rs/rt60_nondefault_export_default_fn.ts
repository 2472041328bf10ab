export default function main(a: string, b = [1, "two", { three: 3 }]) {
  return a;
}
