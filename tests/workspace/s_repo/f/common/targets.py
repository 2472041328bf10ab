# SDK: no wmill import; the script paths the fulfilment workflows dispatch to
TARGETS = {
    "labels": "f/fulfilment/render_label",
    "customs": "f/fulfilment/customs_forms",
}
