export async function main(
  a = "\u00e9",
  b = "\u0000",
  c = "\x1b[31mred\x1b[0m",
  d = "\r\n",
  e = "zero\u200bwidth",
  f = "rtl \u202e text",
  g = "combining e\u0301",
  h = "\ufeffbom-in-string",
  i = "👨‍👩‍👧",
  j = "tab	literal",
  k = "ключ",
  l = { "ключ": "значение", "🔑": 1 },
) {
  return a;
}
