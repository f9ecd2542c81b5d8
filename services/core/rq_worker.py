"""Our RQ worker, and every place we lean on RQ 3.0's internals (tests/unit/test_rq_adapter.py
fails if an rq upgrade breaks one of these assumptions).

What it changes, and why:
- Stop: a SIGTERM only sets a flag; the worker blocks on the queue a second at a time and
  stops between jobs (RQ's warm shutdown could strand a just-dequeued job).
- Redis outages are ridden, never fatal: every Redis call of the work loop, and the job
  itself, waits for Redis with capped backoff (RQ quits on "unhandled exception"). A job that
  hit the outage is run again in this process once Redis is back (jobs are idempotent), so
  in-hand work is neither lost nor handed to another worker.
- Fast, exact recovery of a dead worker's job: a keeper thread beats the worker and its
  running job every BEAT_SECONDS with short TTLs (RQ: job timeout + 60 s), and sweeps the
  started-job registry every SWEEP_SECONDS for jobs whose worker is gone, re-queueing each
  one once (a ZREM decides who re-queues it) and deleting its dead executions. Those dead
  executions are what made RQ's own re-run fail with "Execution ... not found in Redis": the
  per-job execution registry keeps an entry 60 s longer than the execution hash it names, and
  a job's clean-up fetches every entry. Our executions' hashes outlive their entries.
- The scheduler runs as a thread of the worker, not a forked child: it cannot outlive us.
- The command listener (RQ's pubsub thread) reads with a short timeout: RQ waits 60 s per
  read, and redis-py 8's `stop()` joins the thread, so a teardown whose listener saw the
  unsubscribe reply before its stop flag (it then waits for a new subscription) hung 60 s.
"""

from __future__ import annotations

import logging
import signal
import threading
import time
from typing import Any

from redis import WatchError
from rq import SimpleWorker, worker_registration
from rq.executions import WORKER_EXECUTIONS_KEY_TEMPLATE, Execution, ExecutionRegistry
from rq.job import Job, JobStatus
from rq.queue import Queue
from rq.registry import FailedJobRegistry
from rq.scheduler import RQScheduler
from rq.utils import now, utcformat
from rq.worker.base import WorkerStatus

from services.core import keys, stats
from services.core.failures import STORE_ERRORS
from services.core.loops import die
from services.core.outages import BACKOFF_MAX_SECONDS as OUTAGE_BACKOFF_MAX_SECONDS
from services.core.outages import OutageWatch

log = logging.getLogger(__name__)

# Longest a worker waits on an empty queue before re-checking for a stop request.
STOP_CHECK_SECONDS = 1
# The keeper thread's period, and how often it beats and sweeps.
KEEPER_TICK_SECONDS = 1.0
BEAT_SECONDS = 2.0
SWEEP_SECONDS = 3.0
# A worker key or running job not beaten for this long belongs to a dead worker.
WORKER_TTL_SECONDS = 8
JOB_BEAT_TTL_SECONDS = 10
# Our execution hashes outlive RQ's per-job execution registry entries (ttl + 60 s).
EXECUTION_HASH_EXTRA_SECONDS = 90
# After Redis (re)starts or this process reconnects, give live workers time to beat again
# before anyone's missing key is read as "dead".
SWEEP_GRACE_SECONDS = 12
SCHEDULER_LOCK_TEMPLATE = "rq:scheduler-lock:%s"
# The command listener's longest wait per read: what a worker's teardown may wait for it.
LISTEN_SECONDS = 0.2

# One outage view per process: the work loop, the job and the keeper thread share it.
WATCH = OutageWatch("rq worker")


class RidingJob(Job):
    """A job that, when Redis goes away under it, waits and runs again in this process."""

    def perform(self) -> Any:
        while True:
            try:
                return super().perform()
            except STORE_ERRORS as exc:
                time.sleep(WATCH.failed(exc))
                WATCH.ride(self.connection, self.connection.ping)
                log.warning("job %s: running it again now that Redis is back", self.id)


class _QuietReconnects(logging.Filter):
    """RQ logs every failed reconnect of its dequeue loop; our OutageWatch logs the outage once."""

    def filter(self, record: logging.LogRecord) -> bool:
        return "could not connect to Redis instance" not in str(record.msg)


class GracefulWorker(SimpleWorker):
    """SimpleWorker that stops between jobs, rides Redis outages and recovers dead peers' jobs."""

    # RQ's dequeue loop backs off up to 60 s between reconnects: resume within a second instead.
    max_connection_wait_time = OUTAGE_BACKOFF_MAX_SECONDS

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        kwargs.setdefault("job_class", RidingJob)
        super().__init__(*args, **kwargs)
        WATCH.what = self.name
        self.log.addFilter(_QuietReconnects())
        self._beat_lock = threading.Lock()
        self._current: tuple[Job, Execution] | None = None
        self._keeper_stop = threading.Event()
        self._keeper: threading.Thread | None = None
        self._our_scheduler: RQScheduler | None = None

    # --- stop between jobs -------------------------------------------------------------
    def request_stop(self, signum: int, frame: Any) -> None:
        self._shutdown_requested_date = now()
        # A second signal is still RQ's cold shutdown.
        signal.signal(signal.SIGINT, self.request_force_stop)
        signal.signal(signal.SIGTERM, self.request_force_stop)
        self._stop_requested = True
        self.log.info("Worker %s: stopping after the current job", self.name)

    def dequeue_job_and_maintain_ttl(
        self, timeout: int | None, max_idle_time: int | None = None
    ) -> Any:
        if timeout is None:  # burst mode: non-blocking already
            return super().dequeue_job_and_maintain_ttl(timeout, max_idle_time)
        while not self._stop_requested:
            result = super().dequeue_job_and_maintain_ttl(STOP_CHECK_SECONDS, STOP_CHECK_SECONDS)
            if result is not None:
                return result
        return None

    # --- the command listener ----------------------------------------------------------
    def subscribe(self) -> None:
        """RQ's, with reads bounded by LISTEN_SECONDS instead of 60 s (see the module doc)."""
        self.log.info("Worker %s: subscribing to channel %s", self.name, self.pubsub_channel_name)
        connection: Any = self.connection  # redis-py types pubsub() from 8.2 only
        self.pubsub = connection.pubsub()
        self.pubsub.subscribe(**{self.pubsub_channel_name: self.handle_payload})
        self.pubsub_thread = self.pubsub.run_in_thread(  # type: ignore[assignment]  # RQ: None
            sleep_time=LISTEN_SECONDS,
            daemon=True,
            exception_handler=self._pubsub_exception_handler,
        )

    # --- ride Redis outages ------------------------------------------------------------
    def _ride(self, call: Any, *args: Any, **kwargs: Any) -> Any:
        return WATCH.ride(self.connection, lambda: call(*args, **kwargs))

    def bootstrap(self, *args: Any, **kwargs: Any) -> None:
        self._ride(super().bootstrap, *args, **kwargs)
        self._keeper = threading.Thread(target=self._keep, name="rq-keeper", daemon=True)
        self._keeper.start()

    def heartbeat(self, timeout: int | None = None, pipeline: Any = None) -> None:
        # RQ asks for the job timeout + 60 s here; a short TTL is what makes death visible.
        if pipeline is not None:
            super().heartbeat(WORKER_TTL_SECONDS, pipeline)
        else:
            self._ride(super().heartbeat, WORKER_TTL_SECONDS)

    def get_heartbeat_ttl(self, job: Job, working_time: float = 0.0) -> int:
        return JOB_BEAT_TTL_SECONDS

    def set_state(self, state: str, pipeline: Any = None) -> None:
        if pipeline is not None:
            super().set_state(state, pipeline)
        else:
            self._ride(super().set_state, state)

    def check_for_suspension(self, burst: bool) -> None:
        self._ride(super().check_for_suspension, burst)

    def run_maintenance_tasks(self) -> None:
        # Not RQ's: it would fork a scheduler process when it finds none.
        self._ride(self.clean_registries)
        self._ride(self.clean_group_registries)

    def execute_job(self, job: Job, queue: Queue) -> None:
        execution = self._ride(self.prepare_execution, job)
        with self._beat_lock:
            self._current = (job, execution)
        self._ride(self.beat)
        try:
            self.perform_job(job, queue, execution)
        finally:
            with self._beat_lock:
                self._current = None
        self.set_state(WorkerStatus.IDLE)

    def prepare_job_execution(self, job: Job, remove_from_intermediate_queue: bool = False) -> None:
        self._ride(super().prepare_job_execution, job, remove_from_intermediate_queue)

    def handle_execution_ended(self, job: Job, queue: Queue, heartbeat_ttl: int) -> None:
        with self._beat_lock:  # stop beating the job before RQ deletes its execution
            self._current = None
        self._ride(super().handle_execution_ended, job, queue, heartbeat_ttl)

    def handle_job_success(self, *args: Any, **kwargs: Any) -> None:
        self._ride(super().handle_job_success, *args, **kwargs)

    def handle_job_failure(self, *args: Any, **kwargs: Any) -> None:
        # RQ logs and drops a failed write here: wait for Redis first.
        self._ride(self.connection.ping)
        super().handle_job_failure(*args, **kwargs)

    def register_death(self) -> None:
        self._ride(super().register_death)

    def teardown(self) -> None:
        self._keeper_stop.set()
        if self._keeper is not None:
            self._keeper.join(timeout=5)
        if self._our_scheduler is not None:
            scheduler = self._our_scheduler
            self._ride(scheduler.release_locks)
            self._ride(scheduler.register_death)
        super().teardown()  # type: ignore[no-untyped-call]

    # --- the scheduler, in-process -----------------------------------------------------
    def _start_scheduler(self, burst: bool = False, *args: Any, **kwargs: Any) -> None:
        self._our_scheduler = RQScheduler(
            self.queues,
            connection=self.connection,
            serializer=self.serializer,
            name=self.name,
            logging_level="WARNING",
        )
        self._ride(self._our_scheduler.register_birth)

    def _schedule(self) -> None:
        scheduler = self._our_scheduler
        if scheduler is None:
            return
        if scheduler.acquired_locks != scheduler._queue_names:
            scheduler.acquire_locks()  # type: ignore[no-untyped-call]
        if scheduler.acquired_locks:
            scheduler.heartbeat()  # type: ignore[no-untyped-call]
            scheduler.enqueue_scheduled_jobs()  # type: ignore[no-untyped-call]

    # --- the keeper thread: beats, sweeps, schedules -------------------------------------
    def beat(self) -> None:
        """Refresh this worker's key and its running job's execution, recreating what an
        outage may have let expire."""
        with self._beat_lock:
            self.last_heartbeat = now()
            pipe = self.connection.pipeline()
            pipe.hset(self.key, mapping=self.serialize())
            pipe.expire(self.key, WORKER_TTL_SECONDS)
            worker_registration.register(self, pipe)
            if self._current is not None:
                job, execution = self._current
                keep_execution(pipe, job, execution)
            pipe.execute()

    def _keep(self) -> None:
        try:
            self._keep_loop()
        # Thread edge: a dead keeper would leave this worker's jobs looking abandoned.
        except BaseException as exc:  # noqa: BLE001
            die(f"worker {self.name} keeper", exc)

    def _keep_loop(self) -> None:
        next_beat = next_sweep = 0.0
        while not self._keeper_stop.wait(KEEPER_TICK_SECONDS):
            try:
                clock = time.monotonic()
                if clock >= next_beat:
                    self.beat()
                    next_beat = clock + BEAT_SECONDS
                if clock >= next_sweep and WATCH.connected_for() >= SWEEP_GRACE_SECONDS:
                    for queue in self.queues:
                        sweep_abandoned(self.connection, queue)
                    next_sweep = clock + SWEEP_SECONDS
                self._schedule()
            except STORE_ERRORS as exc:
                self._keeper_stop.wait(WATCH.failed(exc))
                continue
            WATCH.succeeded(self.connection)


def keep_execution(pipe: Any, job: Job, execution: Execution) -> None:
    """Queue the writes that keep a running job's execution alive (and recreate it)."""
    execution.last_heartbeat = now()
    pipe.hset(execution.key, mapping=execution.serialize())
    pipe.expire(execution.key, JOB_BEAT_TTL_SECONDS + EXECUTION_HASH_EXTRA_SECONDS)
    job.started_job_registry.add_execution(execution, pipe, ttl=JOB_BEAT_TTL_SECONDS)
    ExecutionRegistry(job_id=job.id, connection=pipe).add(execution, JOB_BEAT_TTL_SECONDS, pipe)
    pipe.sadd(execution.worker_executions_key, execution.composite_key)
    pipe.expire(execution.worker_executions_key, JOB_BEAT_TTL_SECONDS + 60)
    pipe.hset(job.key, "last_heartbeat", utcformat(execution.last_heartbeat))


def worker_alive(redis: Any, worker_name: str) -> bool:
    """A worker is alive while its beaten key exists without a death mark."""
    key = SimpleWorker.redis_worker_namespace_prefix + worker_name
    pipe = redis.pipeline()
    pipe.exists(key)
    pipe.hexists(key, "death")
    exists, dead = pipe.execute()
    return bool(exists) and not dead


def sweep_abandoned(redis: Any, queue: Queue) -> int:
    """Re-queue the started jobs of `queue` whose worker is dead; returns how many.

    One worker sweeps a queue at a time (a short lock), and each registry entry is taken with
    a ZREM, so a job is re-queued once. Redis must have been up SWEEP_GRACE_SECONDS (after a
    restart, live workers need a beat to recreate their keys).
    """
    if not redis.set(keys.sweep_lock(queue.name), "1", nx=True, ex=keys.SWEEP_LOCK_TTL_SECONDS):
        return 0
    if int(redis.info("server")["uptime_in_seconds"]) < SWEEP_GRACE_SECONDS:
        return 0
    release_dead_scheduler_lock(redis, queue.name)
    registry = queue.started_job_registry
    requeued = 0
    clock = time.time()
    for raw, score in redis.zrange(registry.key, 0, -1, withscores=True):
        entry = raw.decode()
        job_id = entry.partition(":")[0]
        status, worker = redis.hmget(Job.key_for(job_id), ["status", "worker_name"])
        if status is None or status.decode() != JobStatus.STARTED:
            if score < clock:  # finished or gone: a leftover (a fresh one is a job starting)
                redis.zrem(registry.key, entry)
            continue
        if worker is not None and worker_alive(redis, worker.decode()):
            if score < clock:  # a stale copy; the live worker beats its current entry
                redis.zrem(registry.key, entry)
            continue
        if redis.zrem(registry.key, entry):
            requeued += requeue_abandoned(redis, queue, entry, worker.decode() if worker else "")
    return requeued


def requeue_abandoned(redis: Any, queue: Queue, entry: str, worker: str) -> int:
    """Put a dead worker's job back at the front of its queue (a retry, counted as one), or
    park it in the failed registry when it has no retries left (an operator looks)."""
    job = queue.fetch_job(entry.partition(":")[0])
    if job is None:
        return 0
    pipe = redis.pipeline()
    pipe.delete(Execution.from_composite_key(entry, redis).key)
    pipe.delete(ExecutionRegistry(job_id=job.id, connection=redis).key)
    if worker:
        pipe.srem(WORKER_EXECUTIONS_KEY_TEMPLATE.format(worker), entry)
    if (job.retries_left or 0) > 0:
        job.retries_left = (job.retries_left or 0) - 1
        queue._enqueue_job(job, pipeline=pipe, at_front=True)
        stats.bump(pipe, retries=1)
        pipe.execute()
        log.warning("job %s: its worker %s died; queued it again", job.id, worker or "?")
        return 1
    reason = f"its worker {worker or '?'} died while running it, and it has no retries left"
    job.set_status(JobStatus.FAILED, pipeline=pipe)
    FailedJobRegistry(queue.name, connection=redis).add(
        job, ttl=job.failure_ttl, exc_string=reason, pipeline=pipe
    )
    pipe.execute()
    stats.record_error(redis, f"job {job.id}", reason)
    return 0


def release_dead_scheduler_lock(redis: Any, queue_name: str) -> None:
    """A killed worker's scheduler lock would hold scheduled jobs back for a minute: free it.
    Our schedulers are named after their worker."""
    lock = SCHEDULER_LOCK_TEMPLATE % queue_name
    holder = redis.get(lock)
    if holder is not None and not worker_alive(redis, holder.decode()):
        with redis.pipeline() as pipe:
            try:
                pipe.watch(lock)
                if pipe.get(lock) == holder:
                    pipe.multi()
                    pipe.delete(lock)
                    pipe.execute()
            except WatchError:  # taken meanwhile: by a live scheduler
                pass
