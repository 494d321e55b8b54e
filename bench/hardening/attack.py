#!/usr/bin/env python3
"""Hostile-but-fair load against a running server on loopback, for bench/hardening.sh.

Each scenario prints one JSON line of figures. Standard library only. Every loop is bounded in
count and time, and every socket goes to 127.0.0.1 only.

  attack.py slow-upload PORT PID [CONNECTIONS] [SECONDS]
      CONNECTIONS clients each send a head declaring a 1 MiB body and 1 MiB - 200 bytes of it,
      then one byte every 8 s; meanwhile a legitimate client signs up once and creates tasks
      (small JSON bodies) on fresh connections. Reports the server's peak RSS during the attack,
      its RSS 2 and 5 s after the attackers leave, how many attackers were refused with 503, and
      the legitimate success rate.
  attack.py idle-sockets PORT SOCKETS [SECONDS]
      Holds SOCKETS silent connections, reopening each one the server closes; meanwhile a
      legitimate client sends GET /health on a fresh connection in a loop. Reports its success
      rate and how many silent connections were held at the end.
  attack.py login-burst PORT [LOGINS]
      Sends LOGINS logins on as many connections within a fraction of a second and closes them
      unanswered, then times one real login.
"""
import json
import os
import selectors
import socket
import sys
import threading
import time
import uuid

HOST = "127.0.0.1"


def rss_kb(pid):
    with open(f"/proc/{pid}/status") as status:
        for line in status:
            if line.startswith("VmRSS:"):
                return int(line.split()[1])
    return 0


def request(port, method, path, body=None, token=None, timeout=5.0):
    """One request on a fresh connection; returns (status, body bytes) or (None, b"")."""
    head = f"{method} {path} HTTP/1.1\r\nHost: {HOST}\r\nConnection: close\r\n"
    if token:
        head += f"Authorization: Bearer {token}\r\n"
    payload = b""
    if body is not None:
        payload = json.dumps(body).encode()
        head += f"Content-Type: application/json\r\nContent-Length: {len(payload)}\r\n"
    try:
        with socket.create_connection((HOST, port), timeout=timeout) as sock:
            sock.sendall(head.encode() + b"\r\n" + payload)
            data = b""
            while True:
                chunk = sock.recv(65536)
                if not chunk:
                    break
                data += chunk
        status = int(data.split(b" ", 2)[1])
        return status, data.split(b"\r\n\r\n", 1)[1]
    except (OSError, ValueError, IndexError):
        return None, b""


def signup(port):
    email = f"bench-{uuid.uuid4().hex[:12]}@example.com"
    status, body = request(port, "POST", "/api/auth/signup", {"email": email, "password": "correct horse battery"}, timeout=30)
    if status != 201:
        sys.exit(f"signup failed: {status} {body[:200]!r}")
    answer = json.loads(body)
    return email, answer["access_token"], answer["user"]["id"]


class Legitimate(threading.Thread):
    """Sends `make()` requests on fresh connections until stopped; counts successes."""

    def __init__(self, port, make, ok):
        super().__init__(daemon=True)
        self.port, self.make, self.ok = port, make, ok
        self.sent = self.succeeded = 0
        self.stopped = threading.Event()
        self.latencies = []

    def run(self):
        while not self.stopped.is_set():
            started = time.monotonic()
            status, _ = request(self.port, *self.make(), timeout=3)
            self.sent += 1
            if status in self.ok:
                self.succeeded += 1
                self.latencies.append(time.monotonic() - started)
            time.sleep(0.02)

    def rate(self):
        return self.succeeded / self.sent if self.sent else 0.0


def slow_upload(port, pid, connections=3000, seconds=30):
    email, token, user_id = signup(port)
    baseline = rss_kb(pid)
    legit = Legitimate(port, lambda: ("POST", f"/api/{user_id}/tasks", {"title": "legit"}, token), {201})
    legit.start()
    head = (f"POST /api/{user_id}/tasks HTTP/1.1\r\nHost: {HOST}\r\nAuthorization: Bearer {token}\r\n"
            f"Content-Type: application/json\r\nContent-Length: 1048576\r\n\r\n").encode()
    body = b"a" * (1048576 - 200)
    selector = selectors.DefaultSelector()
    sockets = []
    refused = 0
    peak = baseline
    deadline = time.monotonic() + seconds
    for _ in range(connections):
        try:
            sock = socket.create_connection((HOST, port), timeout=5)
        except OSError:
            continue
        sock.setblocking(False)
        sockets.append([sock, memoryview(head + body), 0])
    for entry in sockets:
        selector.register(entry[0], selectors.EVENT_WRITE | selectors.EVENT_READ, entry)
    last_trickle = time.monotonic()
    while time.monotonic() < deadline:
        for key, events in selector.select(timeout=0.2):
            entry = key.data
            sock = entry[0]
            if events & selectors.EVENT_READ:
                try:
                    data = sock.recv(65536)
                except OSError:
                    data = b""
                if data.startswith(b"HTTP/1.1 503"):
                    refused += 1
                selector.unregister(sock)
                sock.close()
                entry[0] = None
                continue
            if entry[2] < len(entry[1]):
                try:
                    entry[2] += sock.send(entry[1][entry[2]:])
                except BlockingIOError:
                    pass
                except OSError:
                    selector.unregister(sock)
                    sock.close()
                    entry[0] = None
                    continue
                if entry[2] >= len(entry[1]):
                    selector.modify(sock, selectors.EVENT_READ, entry)
        if time.monotonic() - last_trickle >= 8:
            last_trickle = time.monotonic()
            for entry in sockets:
                if entry[0] is not None and entry[2] >= len(entry[1]):
                    try:
                        entry[0].send(b"a")
                    except OSError:
                        pass
        peak = max(peak, rss_kb(pid))
    held = sum(1 for entry in sockets if entry[0] is not None)
    for entry in sockets:
        if entry[0] is not None:
            selector.unregister(entry[0])
            entry[0].close()
    time.sleep(2)
    after2 = rss_kb(pid)
    time.sleep(3)
    after5 = rss_kb(pid)
    legit.stopped.set()
    legit.join()
    print(json.dumps({
        "scenario": "slow-upload", "connections": len(sockets), "seconds": seconds,
        "baseline_mb": round(baseline / 1024, 1), "peak_mb": round(peak / 1024, 1),
        "after_2s_mb": round(after2 / 1024, 1), "after_5s_mb": round(after5 / 1024, 1),
        "refused_503": refused, "held_at_end": held,
        "legit_sent": legit.sent, "legit_ok": legit.succeeded, "legit_rate": round(legit.rate(), 4),
    }))


def idle_sockets(port, count=10000, seconds=20):
    selector = selectors.DefaultSelector()

    def open_one():
        try:
            sock = socket.socket()
            sock.setblocking(False)
            sock.connect_ex((HOST, port))
            selector.register(sock, selectors.EVENT_READ)
            return True
        except OSError:
            return False

    opened = sum(1 for _ in range(count) if open_one())
    time.sleep(1)
    legit = Legitimate(port, lambda: ("GET", "/health"), {200})
    legit.start()
    reopened = 0
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        for key, _ in selector.select(timeout=0.2):
            sock = key.fileobj
            selector.unregister(sock)
            sock.close()
            if open_one():  # reconnect at once, as the attacker of issue 13 did
                reopened += 1
    legit.stopped.set()
    legit.join()
    held = len(selector.get_map())
    for key in list(selector.get_map().values()):
        key.fileobj.close()
    latencies = sorted(legit.latencies) or [0]
    print(json.dumps({
        "scenario": "idle-sockets", "sockets": opened, "seconds": seconds, "reopened": reopened,
        "held_at_end": held, "legit_sent": legit.sent, "legit_ok": legit.succeeded,
        "legit_rate": round(legit.rate(), 4), "legit_p99_ms": round(latencies[int(len(latencies) * 0.99) - 1] * 1000, 1),
    }))


def login_burst(port, logins=1000):
    email, _, _ = signup(port)
    payload = json.dumps({"email": email, "password": "wrong password"}).encode()
    message = (f"POST /api/auth/login HTTP/1.1\r\nHost: {HOST}\r\nContent-Type: application/json\r\n"
               f"Content-Length: {len(payload)}\r\n\r\n").encode() + payload
    started = time.monotonic()
    sockets = []
    for _ in range(logins):
        try:
            sock = socket.create_connection((HOST, port), timeout=5)
            sock.sendall(message)
            sockets.append(sock)
        except OSError:
            pass
    for sock in sockets:
        sock.close()
    sent_in = time.monotonic() - started
    time.sleep(0.1)
    started = time.monotonic()
    status, _ = request(port, "POST", "/api/auth/login", {"email": email, "password": "correct horse battery"}, timeout=120)
    waited = time.monotonic() - started
    print(json.dumps({
        "scenario": "login-burst", "logins": len(sockets), "sent_in_s": round(sent_in, 2),
        "real_login_status": status, "real_login_wait_s": round(waited, 2),
    }))


if __name__ == "__main__":
    scenario, args = sys.argv[1], [int(a) for a in sys.argv[2:]]
    {"slow-upload": slow_upload, "idle-sockets": idle_sockets, "login-burst": login_burst}[scenario](*args)
