<?php

function main(string $name, int $times = 1) {
  return str_repeat("hello $name ", $times);
}
