export async function main(
  a = "yes", b = "No", c = "ON", d = "null", e = "Null", f = "~", g = "true", h = "True",
  i = "0x1F", j = "0o17", k = "0777", l = "1_000", m = "1e3", n = ".5", o = "+1", p = "-.inf",
  q = ".NaN", r = "2024-01-01", s = "12:30:00", t = "-", u = "---", v = "...", w = " ",
  x = "@at", y = "a #b", z = "a: b", aa = "`tick", ab = "%pct", ac = "!bang", ad = "&amp",
  ae = "*star", af = "? q", ag = "[br", ah = "{br", ai = "x,y", aj = "'sq", ak = '"dq',
  al = "|pipe", am = ">gt", an = "trail ", ao = " lead", ap = "a:b", aq = "a#b", ar = "- item",
  at = "=", au = "<<", av = "0", aw = "-0", ax = "1.0", ay = "Infinity", az = "NaN",
) {
  return a;
}
