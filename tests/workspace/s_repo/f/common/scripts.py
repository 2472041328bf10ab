# SDK: wmill 1.850.0 task_script/task_flow: wrapper(**kwargs) sends the kwargs as the job's args
from wmill import task_flow, task_script

render_label = task_script("f/fulfilment/render_label", timeout=300)
restock = task_flow("f/fulfilment/restock")
