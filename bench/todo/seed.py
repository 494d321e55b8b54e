#!/usr/bin/env python3
"""Seed a TODO API server through its own HTTP API, for bench/todo.sh.

    seed.py BASE_URL USERS TASKS OUT_FILE [CONCURRENCY]

Signs up USERS users (bench-<n>@example.com), creates TASKS tasks for each, and writes one line
per user to OUT_FILE: "<user id>\t<token>\t<task id>,<task id>,...", which bench/todo/scenario.lua
reads. Standard library only; one keep-alive connection per worker thread. Any unexpected
status stops the seeding with the response shown, because a benchmark on a half-seeded
database would measure something else. Every request has a timeout, so nothing hangs.
"""
from __future__ import annotations

import http.client
import json
import sys
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from urllib.parse import urlsplit

PASSWORD = "bench-password-123"
TIMEOUT = 30.0


class Client:
    """One keep-alive HTTP connection per thread, reopened if the server closed it."""

    def __init__(self, base: str) -> None:
        parts = urlsplit(base)
        self.host, self.port = parts.hostname or "127.0.0.1", parts.port or 80
        self.conn: http.client.HTTPConnection | None = None

    def call(self, method: str, path: str, body: object | None, token: str | None = None):
        headers = {"Content-Type": "application/json"}
        if token:
            headers["Authorization"] = f"Bearer {token}"
        data = None if body is None else json.dumps(body).encode()
        for attempt in (1, 2):
            if self.conn is None:
                self.conn = http.client.HTTPConnection(self.host, self.port, timeout=TIMEOUT)
            try:
                self.conn.request(method, path, body=data, headers=headers)
                resp = self.conn.getresponse()
                raw = resp.read()
                if resp.getheader("Connection", "").lower() == "close":
                    self.conn.close()
                    self.conn = None
                return resp.status, raw
            except (http.client.HTTPException, ConnectionError) as exc:
                # A keep-alive connection the server closed between requests: retry once.
                self.conn.close()
                self.conn = None
                if attempt == 2:
                    raise RuntimeError(f"{method} {path}: {exc!r}") from None
        raise AssertionError("unreachable")


local = threading.local()


def client(base: str) -> Client:
    if not hasattr(local, "client"):
        local.client = Client(base)
    return local.client


def expect(status: int, raw: bytes, wanted: int, what: str) -> dict:
    if status != wanted:
        raise RuntimeError(f"{what}: HTTP {status} (wanted {wanted}): {raw[:300]!r}")
    return json.loads(raw)


def seed_user(base: str, n: int, tasks: int) -> str:
    c = client(base)
    status, raw = c.call("POST", "/api/auth/signup",
                         {"email": f"bench-{n}@example.com", "password": PASSWORD, "name": f"Bench {n}"})
    if status == 409:  # already there (a re-used database): log in instead
        status, raw = c.call("POST", "/api/auth/login", {"email": f"bench-{n}@example.com", "password": PASSWORD})
        auth = expect(status, raw, 200, f"login {n}")
    else:
        auth = expect(status, raw, 201, f"signup {n}")
    token, uid = auth["access_token"], auth["user"]["id"]
    ids = []
    for t in range(tasks):
        body = {"title": f"Task {t} of user {n}",
                "description": None if t % 3 == 0 else "description " * (1 + t % 5),
                "completed": t % 4 == 0}
        status, raw = c.call("POST", f"/api/{uid}/tasks", body, token)
        ids.append(str(expect(status, raw, 201, f"create task {t} of user {n}")["id"]))
    return f"{uid}\t{token}\t{','.join(ids)}"


def main() -> int:
    if len(sys.argv) not in (5, 6):
        print(__doc__, file=sys.stderr)
        return 2
    base, users, tasks, out = sys.argv[1], int(sys.argv[2]), int(sys.argv[3]), sys.argv[4]
    concurrency = int(sys.argv[5]) if len(sys.argv) == 6 else 8
    started = time.monotonic()
    with ThreadPoolExecutor(max_workers=concurrency) as pool:
        lines = list(pool.map(lambda n: seed_user(base, n, tasks), range(users)))
    with open(out, "w", encoding="utf-8") as f:
        f.write("\n".join(lines) + "\n")
    elapsed = time.monotonic() - started
    print(f"seeded {users} users x {tasks} tasks in {elapsed:.1f}s ({users * (tasks + 1) / elapsed:.0f} req/s)")
    return 0


if __name__ == "__main__":
    try:
        sys.exit(main())
    except Exception as exc:  # one line, not a traceback per worker thread
        print(f"seeding failed: {exc}", file=sys.stderr)
        sys.exit(1)
