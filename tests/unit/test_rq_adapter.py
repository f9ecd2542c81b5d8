"""The RQ 3.0 internals services.core.rq_worker relies on. If an rq upgrade changes one of
them, this fails, and the adapter needs a look before the upgrade ships."""

from __future__ import annotations

import inspect
from pathlib import Path

import pytest
import rq
from rq import SimpleWorker
from rq.executions import WORKER_EXECUTIONS_KEY_TEMPLATE, Execution, ExecutionRegistry
from rq.job import Job
from rq.queue import Queue
from rq.registry import StartedJobRegistry
from rq.scheduler import SCHEDULER_LOCKING_KEY_TEMPLATE, RQScheduler

from services.core import rq_worker

# Methods the worker overrides or calls, with the parameters it passes.
WORKER_METHODS = [
    ("bootstrap", ["logging_level", "date_format", "log_format"]),
    ("heartbeat", ["timeout", "pipeline"]),
    ("get_heartbeat_ttl", ["job", "working_time"]),
    ("set_state", ["state", "pipeline"]),
    ("check_for_suspension", ["burst"]),
    ("run_maintenance_tasks", []),
    ("clean_registries", []),
    ("clean_group_registries", []),
    ("execute_job", ["job", "queue"]),
    ("prepare_execution", ["job"]),
    ("perform_job", ["job", "queue", "execution"]),
    ("prepare_job_execution", ["job", "remove_from_intermediate_queue"]),
    ("handle_execution_ended", ["job", "queue", "heartbeat_ttl"]),
    ("handle_job_success", ["job", "queue", "started_job_registry", "execution"]),
    ("handle_job_failure", ["job", "queue", "started_job_registry", "exc_string", "execution"]),
    ("register_death", []),
    ("teardown", []),
    ("_start_scheduler", ["burst", "logging_level", "date_format", "log_format"]),
    ("dequeue_job_and_maintain_ttl", ["timeout", "max_idle_time"]),
    ("request_stop", ["signum", "frame"]),
    ("serialize", []),
    ("subscribe", []),
    ("unsubscribe", []),
    ("handle_payload", ["message"]),
    ("_pubsub_exception_handler", ["exc", "pubsub", "pubsub_thread"]),
]


def params(func: object) -> list[str]:
    return [p for p in inspect.signature(func).parameters if p != "self"]  # type: ignore[arg-type]


def test_rq_is_the_version_the_adapter_was_written_for():
    assert rq.__version__.split(".")[0] == "3"


@pytest.mark.parametrize(("name", "expected"), WORKER_METHODS)
def test_worker_method_keeps_its_parameters(name, expected):
    assert params(getattr(SimpleWorker, name)) == expected


def test_simple_worker_runs_jobs_in_process_via_prepare_and_perform():
    source = inspect.getsource(SimpleWorker.execute_job)
    assert "prepare_execution" in source and "perform_job" in source


def test_work_loop_backoff_and_reconnect_log_are_where_we_tune_them():
    assert hasattr(SimpleWorker, "max_connection_wait_time")
    source = inspect.getsource(SimpleWorker.dequeue_job_and_maintain_ttl)
    assert "max_connection_wait_time" in source
    assert "could not connect to Redis instance" in source


def test_run_maintenance_tasks_would_fork_a_scheduler_we_do_not_want():
    # Why the adapter replaces it rather than extending it.
    assert "acquire_locks(auto_start=True)" in inspect.getsource(SimpleWorker.run_maintenance_tasks)


def test_job_perform_is_the_single_call_that_runs_the_function():
    assert "_execute" in inspect.getsource(Job.perform)
    assert "perform()" in inspect.getsource(SimpleWorker.perform_job)


def test_key_formats():
    assert WORKER_EXECUTIONS_KEY_TEMPLATE.format("w") == "rq:worker:w:executions"
    assert SimpleWorker.redis_worker_namespace_prefix == "rq:worker:"
    assert SCHEDULER_LOCKING_KEY_TEMPLATE % "q" == rq_worker.SCHEDULER_LOCK_TEMPLATE % "q"
    assert Execution.from_composite_key("job-1:abc", connection=None).key == (  # type: ignore[arg-type]
        "rq:execution:job-1:abc"
    )
    assert ExecutionRegistry(job_id="job-1", connection=None).key == "rq:executions:job-1"  # type: ignore[arg-type]
    assert Job.key_for("job-1") == "rq:job:job-1"


def test_started_registry_entries_are_job_and_execution_ids():
    assert "composite_key" in inspect.getsource(StartedJobRegistry.add_execution)


def test_execution_registry_entries_outlive_their_hash_by_60_seconds():
    # The cause of "Execution ... not found in Redis": the adapter's hashes live longer.
    assert "score + 60" in inspect.getsource(ExecutionRegistry.add)
    assert "Execution.fetch" in inspect.getsource(ExecutionRegistry.get_executions)
    assert rq_worker.EXECUTION_HASH_EXTRA_SECONDS > 60


def test_private_helpers_we_call_exist():
    assert params(Queue._enqueue_job)[:3] == ["job", "pipeline", "at_front"]
    for name in (
        "acquire_locks",
        "heartbeat",
        "enqueue_scheduled_jobs",
        "register_birth",
        "register_death",
        "release_locks",
    ):
        assert callable(getattr(RQScheduler, name))
    assert "_queue_names" in inspect.getsource(RQScheduler.__init__)
    assert "name" in params(RQScheduler.__init__)


def test_the_adapter_is_the_only_module_that_reaches_into_rq_internals():
    root = Path(__file__).resolve().parents[2]
    offenders = [
        str(path.relative_to(root))
        for folder in ("services", "workers")
        for path in (root / folder).rglob("*.py")
        if path.name != "rq_worker.py"
        and any(
            marker in path.read_text(encoding="utf-8")
            for marker in ("._enqueue_job", "rq.executions", "SimpleWorker)", "worker_registration")
        )
    ]
    assert offenders == []
