export async function main(
  a = "This is a fairly long default string that goes well past the eighty column limit of the emitter, surely",
  b = "averyveryveryveryveryveryveryveryveryveryveryveryveryveryveryveryveryveryveryveryverylongwordwithoutspaces",
  c = "long with\ttab escapes that has to be double quoted and therefore folded with backslashes maybe ok ok ok",
  d = "two  spaces  between  words  two  spaces  between  words  two  spaces  between  words  two  spaces",
  e = "line one\nline two\nline three",
  f = "ends with newline\n",
  g = "ends with two newlines\n\n",
  h = "  leading spaces\nsecond line",
  i = "trailing space on line \nnext",
  j = "\nstarts with newline",
  k = "a long line inside a multi line string that is longer than eighty characters for sure yes\nshort",
  l = "long: with colon space and # hash inside, long enough to need folding at the eighty column mark",
  m = "ünïcödé lông strîng thät göes pâst the eighty côlumn lîmit of the emitter fôr sûre, ôkay",
  n = "\u0001control\u007f",
  p = "x\r\ny",
  q = "\t",
  r = "only\r",
) {
  return a;
}
