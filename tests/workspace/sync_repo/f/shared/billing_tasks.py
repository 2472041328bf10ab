from wmill import task_flow, task_script

charge = task_script("f/billing/charge")
close_month = task_flow("f/billing/month_close")
