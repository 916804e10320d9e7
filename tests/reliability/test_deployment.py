"""Deployment: a production configuration passes Django's deploy checks, is served by
gunicorn with whitenoise's hashed, compressed static files, redirects to HTTPS behind
the proxy, and sends its security headers. These run the real commands in subprocesses
with a production environment, as an operator would."""
import http.client
import re
import socket
import subprocess
import sys
import time

import pytest

from .helpers import PROJECT, copy_sqlite, deploy_env, manage, sqlite_url


def test_check_deploy_is_clean_in_production_configuration():
    result = manage("check", "--deploy", "--fail-level", "WARNING", env=deploy_env())
    assert result.returncode == 0, result.stdout + result.stderr
    assert "System check identified no issues" in result.stdout


def test_check_deploy_would_catch_a_debug_server():
    # The same check, with DEBUG left on, must complain: the test above can fail.
    result = manage("check", "--deploy", "--fail-level", "WARNING", env=deploy_env(DEBUG="1"))
    assert result.returncode != 0
    assert "security.W018" in result.stdout + result.stderr


def free_port():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def get(port, path, *, https_proxy=True):
    """A request as the TLS-terminating proxy forwards it (or a plain-HTTP one)."""
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=20)
    headers = {"Host": "summits.example.org"}
    if https_proxy:
        headers["X-Forwarded-Proto"] = "https"
    conn.request("GET", path, headers=headers)
    response = conn.getresponse()
    body = response.read()
    conn.close()
    return response, body


@pytest.fixture
def gunicorn_server(tmp_path, migrated_sqlite_template):
    """`gunicorn summits.wsgi` with DEBUG=0 over a migrated database and collected statics."""
    db = tmp_path / "db.sqlite3"
    copy_sqlite(migrated_sqlite_template, db)
    env = deploy_env(DATABASE_URL=sqlite_url(db), STATIC_ROOT=tmp_path / "static")
    collected = manage("collectstatic", "--noinput", env=env, timeout=300)
    assert collected.returncode == 0, collected.stderr
    assert (tmp_path / "static" / "staticfiles.json").exists()  # the manifest storage ran
    port = free_port()
    server = subprocess.Popen(
        [sys.executable, "-m", "gunicorn", "summits.wsgi", "--bind", f"127.0.0.1:{port}", "--workers", "1", "--no-control-socket"],
        cwd=PROJECT, env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True,
    )
    try:
        deadline = time.monotonic() + 30
        while True:
            try:
                socket.create_connection(("127.0.0.1", port), timeout=1).close()
                break
            except OSError:
                if server.poll() is not None or time.monotonic() > deadline:
                    raise AssertionError(f"gunicorn did not start: {server.communicate(timeout=5)[0]}")
                time.sleep(0.2)
        yield port
    finally:
        server.terminate()
        output = server.communicate(timeout=20)[0]
        assert "Traceback" not in output, output


def test_gunicorn_serves_pages_and_static_files_in_production(gunicorn_server):
    port = gunicorn_server
    # Plain HTTP is sent to HTTPS.
    response, _ = get(port, "/", https_proxy=False)
    assert response.status == 301
    assert response.getheader("Location") == "https://summits.example.org/"

    response, body = get(port, "/")
    assert response.status == 200
    assert response.getheader("Strict-Transport-Security").startswith("max-age=31536000")
    assert response.getheader("X-Frame-Options") == "DENY"
    assert response.getheader("Referrer-Policy") == "same-origin"
    assert response.getheader("X-Content-Type-Options") == "nosniff"
    assert "default-src 'self'" in response.getheader("Content-Security-Policy")

    # The admin's stylesheet link points at a hashed file that whitenoise serves,
    # compressed and cacheable forever.
    response, body = get(port, "/admin/login/")
    assert response.status == 200
    assert "Secure" in response.getheader("Set-Cookie")  # csrftoken only over HTTPS
    css = re.search(r'href="(/static/admin/css/base\.[0-9a-f]{12}\.css)"', body.decode())
    assert css, "admin CSS is not served from the hashed manifest"
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=20)
    conn.request("GET", css.group(1), headers={"Host": "summits.example.org", "X-Forwarded-Proto": "https",
                                               "Accept-Encoding": "gzip"})
    static = conn.getresponse()
    static.read()
    assert static.status == 200
    assert static.getheader("Content-Encoding") == "gzip"
    assert "immutable" in static.getheader("Cache-Control")


def test_unknown_host_is_refused_without_a_traceback(gunicorn_server):
    conn = http.client.HTTPConnection("127.0.0.1", gunicorn_server, timeout=20)
    conn.request("GET", "/", headers={"Host": "evil.example.com", "X-Forwarded-Proto": "https"})
    response = conn.getresponse()
    body = response.read().decode()
    assert response.status == 400
    assert "Traceback" not in body and "DisallowedHost" not in body


BUMP = "from summits import pagecache; pagecache.invalidate(); pagecache.invalidate()"
READ = "from summits import pagecache; print(pagecache.cache.get(pagecache.COUNTER_KEY))"


@pytest.mark.parametrize("variable", ["CACHE_DIR", "CACHE_TABLE"])
def test_a_shared_cache_shares_invalidation_between_processes(tmp_path, variable):
    """Two gunicorn processes see an edit at once only through a shared cache: a directory or
    a table of the database (SQLite here; made by createcachetable)."""
    value = tmp_path / "cache" if variable == "CACHE_DIR" else "summits_cache"
    env = deploy_env(DATABASE_URL=sqlite_url(tmp_path / "db.sqlite3"), **{variable: value})
    if variable == "CACHE_TABLE":
        assert manage("createcachetable", env=env).returncode == 0
    assert manage("shell", "-c", BUMP, env=env).returncode == 0
    assert _last_line(manage("shell", "-c", READ, env=env)) == "2"
    # each process with a cache of its own starts from nothing
    alone = deploy_env(DATABASE_URL=sqlite_url(tmp_path / "db.sqlite3"))
    assert manage("shell", "-c", BUMP, env=alone).returncode == 0
    assert _last_line(manage("shell", "-c", READ, env=alone)) == "None"


def _last_line(result):
    return result.stdout.strip().splitlines()[-1]  # (the shell first says what it imported)
