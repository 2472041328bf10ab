from f.common.factory import make_notifier, make_quiet

alerts = make_notifier("slack")
preview = make_quiet()
