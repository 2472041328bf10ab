export async function main(type: string, of = 1, async = true, get = "g", set = "s", readonly = 0, declare = "d", from = "f", as = "a") {
  return type;
}
