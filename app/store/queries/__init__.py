"""Query functions services share: one place for each query the product repeats.

projects: a project by id or ProjectNotFound; shots: a project's shots in script order;
jobs: the render queue's claim / heartbeat / finish / fail / release / requeue.
"""
