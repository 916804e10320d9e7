"""HTTP load: gunicorn (2 workers) on the loopback interface, driven by Debian's `wrk`.

wrk's own summary has no 95th percentile and does not tell 5xx from other non-2xx
answers, so a small Lua script reports the percentiles and counts statuses per thread."""
import json
import os
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
WRK_HINT = "wrk is not installed: apt-get install wrk"

REPORT_LUA = r"""
local threads = {}
function setup(thread) table.insert(threads, thread) end
function init(args) s5xx = 0; s4xx = 0 end
function response(status, headers, body)
  if status >= 500 then s5xx = s5xx + 1 elseif status >= 400 then s4xx = s4xx + 1 end
end
function done(summary, latency, requests)
  local s5, s4 = 0, 0
  for _, t in ipairs(threads) do s5 = s5 + t:get("s5xx"); s4 = s4 + t:get("s4xx") end
  io.write(string.format(
    'WRK-JSON {"requests": %d, "duration_s": %.3f, "bytes": %d, "errors_connect": %d, "errors_read": %d, ' ..
    '"errors_write": %d, "errors_timeout": %d, "non_2xx_3xx": %d, "status_5xx": %d, "status_4xx": %d, ' ..
    '"p50_ms": %.2f, "p95_ms": %.2f, "p99_ms": %.2f, "max_ms": %.2f, "mean_ms": %.2f}\n',
    summary.requests, summary.duration / 1e6, summary.bytes, summary.errors.connect, summary.errors.read,
    summary.errors.write, summary.errors.timeout, summary.errors.status, s5, s4,
    latency:percentile(50) / 1000, latency:percentile(95) / 1000, latency:percentile(99) / 1000,
    latency.max / 1000, latency.mean / 1000))
end
"""


def wrk_path():
    return shutil.which("wrk")


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def start_gunicorn(env, workers=2):
    """gunicorn serving the app on 127.0.0.1 at a free port; returns (process, base URL)."""
    port = free_port()
    command = [sys.executable, "-m", "gunicorn", "summits.wsgi:application", "--workers", str(workers),
               "--bind", f"127.0.0.1:{port}", "--log-level", "warning", "--timeout", "60"]
    process = subprocess.Popen(command, cwd=ROOT, env=env, start_new_session=True,
                               stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    base = f"http://127.0.0.1:{port}"
    wait_until_up(process, base)
    return process, base


def wait_until_up(process, base, seconds=60):
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"gunicorn exited: {process.stderr.read().decode(errors='replace')[-2000:]}")
        try:
            urllib.request.urlopen(base + "/", timeout=30).read()
            return
        except (urllib.error.URLError, ConnectionError, TimeoutError):
            time.sleep(0.3)
    raise RuntimeError("gunicorn did not answer within a minute")


def stop(process):
    """Stop the gunicorn we started: its own process group, by id."""
    if process.poll() is None:
        os.killpg(process.pid, signal.SIGTERM)
        try:
            process.wait(timeout=20)
        except subprocess.TimeoutExpired:
            os.killpg(process.pid, signal.SIGKILL)
            process.wait()


def run_wrk(url, seconds, connections, threads=2):
    """One wrk run; returns its figures (requests/s, latency percentiles, errors)."""
    with tempfile.NamedTemporaryFile("w", suffix=".lua", delete=False) as script:
        script.write(REPORT_LUA)
    try:
        command = [wrk_path(), f"-t{threads}", f"-c{connections}", f"-d{seconds}s", "--timeout", "10s",
                   "-s", script.name, url]
        out = subprocess.run(command, capture_output=True, text=True, timeout=seconds + 60).stdout
    finally:
        os.unlink(script.name)
    line = next(line for line in out.splitlines() if line.startswith("WRK-JSON "))
    figures = json.loads(line.removeprefix("WRK-JSON "))
    figures["requests_per_s"] = round(figures["requests"] / figures["duration_s"], 1)
    figures["errors"] = sum(figures[k] for k in ("errors_connect", "errors_read", "errors_write", "errors_timeout"))
    return figures


def http_load(env, paths, seconds, connections):
    """wrk on each path against a fresh gunicorn; {path: figures}."""
    if not wrk_path():
        return {"skipped": WRK_HINT}
    process, base = start_gunicorn(env)
    try:
        results = {}
        for path in paths:
            urllib.request.urlopen(base + path, timeout=60).read()  # warm the workers' caches
            results[path] = run_wrk(base + path, seconds, connections)
        return results
    finally:
        stop(process)
