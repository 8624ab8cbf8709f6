"""Running one notebook in a kernel that works in the notebook's own folder (a report run's kernels, each
serving several notebooks, are in :mod:`analysis.report.run.lanes`).

No notebook changes the runner's working folder: papermill is called without ``cwd`` (which would
``os.chdir`` the whole process while another thread runs another notebook) and each kernel is started in
its notebook's folder through nbclient's ``resources['metadata']['path']``, which becomes the kernel
process's own working folder. Kernels talk to the runner over IPC sockets under the run's folder.

Worker processes forked while a run analyses its corpus die with the runner (Linux: ``PR_SET_PDEATHSIG``),
so a run killed outright leaves no process behind to hold its lock.
"""
from __future__ import annotations

import ctypes
import logging
import os
import shutil
import signal
import sys
import tempfile
import threading
import time
from contextlib import contextmanager
from pathlib import Path

from analysis.report.run.folders import IPC_PREFIX, lock_folder

log = logging.getLogger("analysis.report.run.runner")

#: Longest path of a Unix socket (``sun_path`` holds 108 bytes with the final NUL), less room for the
#: ``/k<n>-<port>`` a kernel's socket names add.
IPC_PATH_LIMIT = 107 - 12
#: Linux's prctl option that sends a signal to a process when the thread that forked it exits.
PR_SET_PDEATHSIG = 1


#: The papermill engine a run's notebooks are executed with (see :func:`_report_engine`).
ENGINE = "framing-report"


def import_papermill():
    """Import papermill without ``rfc3987_syntax``: jsonschema (through nbformat) imports that optional
    package only to check IRI string formats, which notebook validation never uses, and building its grammar
    costs about 1 s of every run (measured with ``python -X importtime``). Only this process is affected.
    Registers the run's engine (:data:`ENGINE`) once."""
    sys.modules.setdefault("rfc3987_syntax", None)
    import papermill
    from papermill.engines import papermill_engines

    if ENGINE not in papermill_engines._engines:
        papermill_engines.register(ENGINE, _report_engine())
    return papermill


def save_while_running(nb_man) -> None:
    """Save the notebook of a run still going (as a code cell starts; see :func:`_report_engine`): the same
    notebook as papermill's save, as compact JSON, without nbformat's copy of the whole notebook, its
    splitting of every text into lines and its validation of the notebook against the schema (0.2 s of
    the runner's CPU at 1,000 articles, for a file the save at the end writes again, validated, in
    nbformat's own layout)."""
    import json

    from nbformat.v4.nbjson import BytesEncoder
    from papermill.iorw import papermill_io

    if nb_man.output_path:
        papermill_io.write(json.dumps(nb_man.nb, cls=BytesEncoder, ensure_ascii=False), nb_man.output_path)
    nb_man.last_save_time = nb_man.now()


def _report_engine():
    """papermill's nbclient engine, saving the output notebook as each *code* cell starts (so a cell that
    runs can be seen running in it) instead of at the start and at the end of every cell, markdown cells
    included (page 04's 45 cells cost 91 saves, each the whole notebook with every figure: about 0.6 s of
    the runner's CPU). The saves while the notebook runs, and the engine's at its end, are
    :func:`save_while_running`'s; papermill's own write after the engine (and its write of a failed
    notebook, with the error banner) is nbformat's, validated, as before. The cells' metadata (status,
    times) are set as papermill sets them; papermill's autosave during long cells is unchanged."""
    from papermill.engines import NBClientEngine

    def unsaved(method, nb_man, *args, **kwargs):
        save = nb_man.save
        nb_man.save = lambda **_: None
        try:
            return method(*args, **kwargs)
        finally:
            nb_man.save = save

    class ReportEngine(NBClientEngine):
        @classmethod
        def execute_managed_notebook(cls, nb_man, kernel_name, **kwargs):
            start, complete = nb_man.cell_start, nb_man.cell_complete

            def cell_start(cell, cell_index=None, **kw):
                if cell.get("cell_type") == "code":
                    return start(cell, cell_index, **kw)
                return unsaved(start, nb_man, cell, cell_index, **kw)

            nb_man.save = lambda **_: save_while_running(nb_man)  # from here to the engine's end
            nb_man.cell_start = cell_start
            nb_man.cell_complete = lambda cell, cell_index=None, **kw: unsaved(complete, nb_man, cell,
                                                                                cell_index, **kw)
            return super().execute_managed_notebook(nb_man, kernel_name, **kwargs)

    return ReportEngine


#: Packages whose configurable classes a notebook run makes in its worker threads.
_JUPYTER_PACKAGES = ("jupyter_client", "nbclient", "papermill")


def resolve_trait_classes() -> None:
    """Turn every class name in the traits of Jupyter's classes into the class, once, in this thread.

    traitlets does it on the first object made of a class (``Instance("jupyter_client.session.Session")``)
    with a check-then-set that is not thread-safe: when two notebooks start at once in a fresh process, one
    thread can see the name, the other replace it with the class, and the first then fail with "TypeError:
    import_item accepts strings, not '<class ...>'" (seen in a test running the README's cron line four
    times at once on a busy machine). Run before the notebook threads start; costs a few milliseconds."""
    import jupyter_client.asynchronous  # noqa: F401 - imported for their classes
    import jupyter_client.manager  # noqa: F401
    import papermill.clientwrap  # noqa: F401
    from traitlets import HasTraits

    classes, stack = set(), [HasTraits]
    while stack:
        for sub in stack.pop().__subclasses__():
            if sub not in classes:
                classes.add(sub)
                stack.append(sub)
    jupyter = [c for c in classes if c.__module__.startswith(_JUPYTER_PACKAGES)]
    traits = [t for c in jupyter for t in c.class_traits().values()]
    while traits:
        trait = traits.pop()
        traits += [t for name in ("_trait", "_key_trait", "_value_trait")
                   if (t := getattr(trait, name, None)) is not None]
        traits += list(getattr(trait, "trait_types", None) or getattr(trait, "_traits", None) or ())
        if hasattr(trait, "_resolve_classes"):
            try:
                trait._resolve_classes()
            except ImportError:  # an optional class that is not installed: never made by a run either
                pass


#: Arguments every report kernel starts with: its history is kept in memory, not in the user's
#: ``~/.ipython`` (a report's kernels run notebooks headless, and are stopped at once when they ran).
KERNEL_ARGUMENTS = ("--HistoryManager.hist_file=:memory:",)


def ipc_kernel_manager(prefix: Path, started: list, env: dict):
    """A kernel manager class talking to its kernel over IPC sockets under ``prefix`` (no TCP ports, and
    no warning about unencrypted TCP from ipykernel), with its connection file there too, so a killed run
    leaves nothing outside its own folder. Its kernel gets this process's environment plus ``env`` (given
    to the kernel alone: the runner's own environment is not changed). Each manager made is appended to
    ``started``."""
    from jupyter_client.manager import AsyncKernelManager
    from traitlets import Unicode

    def __init__(self, *args, **kwargs):
        AsyncKernelManager.__init__(self, *args, **kwargs)
        self.clients = []
        started.append(self)

    def client(self, **kwargs):
        kc = AsyncKernelManager.client(self, **kwargs)
        self.clients.append(kc)
        return kc

    async def start_kernel(self, **kw):
        kw["env"] = {**os.environ, **kw.get("env", {}), **env}
        return await AsyncKernelManager.start_kernel(self, **kw)

    def format_kernel_cmd(self, extra_arguments=None):
        cmd = without_debugger(AsyncKernelManager.format_kernel_cmd(self, extra_arguments))
        return [*cmd, *(arg for arg in KERNEL_ARGUMENTS if arg not in cmd)]

    async def interrupt_kernel(self):
        # jupyter_client interrupts (SIGINT) a kernel before asking it to shut down; a kernel between two
        # messages then logs "[IPKernelApp] ERROR | KeyboardInterrupt caught in kernel." to the run's stderr
        # (4 of 44 successful runs). Shutting down needs no interrupt: the kernel is idle once its notebook
        # ran, a shutdown request ends it, and jupyter_client still escalates to SIGTERM and SIGKILL.
        if not self.shutting_down:
            await AsyncKernelManager._async_interrupt_kernel(self)

    return type("IpcKernelManager", (AsyncKernelManager,), {
        "transport": Unicode("ipc"), "ip": Unicode(str(prefix)),
        "connection_file": Unicode(str(prefix) + "-kernel.json"), "__init__": __init__,
        "start_kernel": start_kernel, "format_kernel_cmd": format_kernel_cmd, "client": client,
        "interrupt_kernel": interrupt_kernel,
        "_async_interrupt_kernel": interrupt_kernel,
    })


#: What a report's kernel runs instead of ``-m ipykernel_launcher``: the same launcher, with ``debugpy``
#: made unimportable first (a ``None`` in ``sys.modules``), so that ipykernel starts without its debugger.
#: ipykernel imports debugpy's pydevd whenever it can (about 0.07 s of each kernel's CPU: a kernel starts
#: in 0.19 s instead of 0.26 s); a report's kernels run notebooks headless and are never debugged.
NO_DEBUGGER = ("import runpy, sys; sys.modules['debugpy'] = None; "
               "runpy.run_module('ipykernel_launcher', run_name='__main__', alter_sys=True)")


def without_debugger(cmd: list[str]) -> list[str]:
    """The kernel command ``cmd`` with ``-m ipykernel_launcher`` replaced by :data:`NO_DEBUGGER` (any other
    kernel command is returned as it is)."""
    for i in range(1, len(cmd) - 1):
        if cmd[i:i + 2] == ["-m", "ipykernel_launcher"]:
            return [*cmd[:i], "-c", NO_DEBUGGER, *cmd[i + 2:]]
    return cmd


def kill_kernels(managers: list) -> None:
    """Kill the kernels of ``managers`` at once (the run is being stopped); their notebooks then fail fast."""
    for km in managers:
        pid = getattr(getattr(km, "provisioner", None), "pid", None)
        if pid:
            try:
                os.kill(pid, signal.SIGKILL)
            except OSError:
                pass


@contextmanager
def ipc_folder(tmp: Path):
    """Where the kernels' sockets go: ``tmp/.ipc`` when its path is short enough for a Unix socket, else a
    new private folder in the system's temporary folder, locked while the run lives and removed after it
    (or by a later run when this one was killed)."""
    inside = tmp / ".ipc"
    if len(str(inside)) <= IPC_PATH_LIMIT:
        inside.mkdir()
        yield inside
        return
    outside = Path(tempfile.mkdtemp(prefix=IPC_PREFIX))
    lock = lock_folder(outside)
    try:
        yield outside
    finally:
        shutil.rmtree(outside, ignore_errors=True)
        lock.close()


def forget_papermill_folder() -> None:
    """Clear the folder papermill's local file handler remembers between calls (a process-wide value).

    Every path the runner gives papermill is absolute, so no folder is needed. A folder left there by an
    earlier ``execute_notebook(..., cwd=...)`` in this process (a lesson, a test) would otherwise be
    restored by one thread while another reads its notebook, and papermill would ``chdir`` the whole
    process into it.
    """
    import papermill.iorw

    papermill.iorw.papermill_io.get_handler("local").cwd(None)


def execute(nb: Path, out_nb: Path, params: dict, ipc: Path, kernels: list, env: dict | None = None,
            km=None, after=None) -> dict:
    """Run the notebook ``nb`` (an absolute path) with ``params`` into ``out_nb``; its kernel works in the
    notebook's own folder with ``env`` added to its environment. Without ``km`` the notebook gets a kernel of
    its own, stopped at once after it (as a lane's kernel is: a kernel asked to shut down can log a
    traceback from its own threads racing to close their sockets, ipykernel 7.4); with one (a started kernel's manager, see :mod:`analysis.report.run.lanes`)
    it runs there and ``after()`` is called once it ran. Returns ``{"notebook", "status", "seconds"}``; raises
    what papermill raises (``PapermillExecutionError`` when a cell fails)."""
    papermill = import_papermill()
    started = time.monotonic()
    kernel = {"km": km} if km is not None else {"kernel_manager_class": ipc_kernel_manager(ipc, kernels, env or {}),
                                                 "shutdown_kernel": "immediate"}
    try:
        papermill.execute_notebook(str(nb), str(out_nb), parameters=params, progress_bar=False, log_output=False,
                                   report_mode=False, kernel_name="python3", engine_name=ENGINE,
                                   resources={"metadata": {"path": str(nb.parent)}}, **kernel)
    finally:
        if after is not None:
            after()
    return {"notebook": nb.stem, "status": "ok", "seconds": round(time.monotonic() - started, 2)}


def failure(exc: Exception) -> tuple[int | None, str, str]:
    """(failing cell index or None, error name, "name: value") of a notebook's failure."""
    cell = getattr(exc, "cell_index", None)
    ename, evalue = getattr(exc, "ename", type(exc).__name__), getattr(exc, "evalue", str(exc))
    return cell, ename, f"{ename}: {evalue}"


# --- worker processes die with the runner ---------------------------------------------------------------

_FORKS = {"active": 0, "from_main": False, "parent": 0, "prctl": None}
_HOOKED = threading.Lock()


def _before_fork() -> None:
    _FORKS["from_main"] = threading.current_thread() is threading.main_thread()
    _FORKS["parent"] = os.getpid()


def _in_child() -> None:
    """In a process just forked from a run: ask the kernel to kill it when the run's process dies. Only
    for forks from the main thread: the signal comes when the forking *thread* exits, and the main thread
    lives as long as the process."""
    if not (_FORKS["active"] and _FORKS["from_main"] and _FORKS["prctl"]):
        return
    _FORKS["prctl"](PR_SET_PDEATHSIG, signal.SIGKILL, 0, 0, 0)
    if os.getppid() != _FORKS["parent"]:  # the parent died before the request was made
        os._exit(1)


@contextmanager
def workers_die_with_this_process():
    """While inside, every process forked from this process's main thread (the analysis workers) is killed
    by the operating system when this process dies, even by SIGKILL. Linux only; elsewhere it does nothing
    (the workers then exit when they next find their parent gone)."""
    if not sys.platform.startswith("linux"):
        yield
        return
    with _HOOKED:
        if _FORKS["prctl"] is None:
            _FORKS["prctl"] = ctypes.CDLL(None, use_errno=True).prctl
            os.register_at_fork(before=_before_fork, after_in_child=_in_child)
        _FORKS["active"] += 1
    try:
        yield
    finally:
        with _HOOKED:
            _FORKS["active"] -= 1
