<?php

function main(array $stock, string $week) {
    $targets = ["rice_kg" => 40, "pasta_kg" => 40, "tins" => 300];
    $orders = [];
    foreach ($targets as $item => $target) {
        $have = $stock[$item] ?? 0;
        if ($have < $target) {
            $orders[] = ["item" => $item, "qty" => $target - $have, "week" => $week];
        }
    }
    return ["orders" => $orders, "count" => count($orders)];
}
