"""Seeds bench/tenant.sh through the clinic API: MEMBERS users sign up and each creates a
clinic (becoming its owner through the spec's on_create). Writes "<token>\t<clinic id>\t<user id>"
per member to OUT; patients are added in SQL by the caller.

    python3 bench/tenant/seed.py URL MEMBERS OUT
"""
import json
import sys
import urllib.request


def call(url, method, path, body=None, token=None):
    data = json.dumps(body).encode() if body is not None else None
    request = urllib.request.Request(url + path, data=data, method=method)
    request.add_header("Content-Type", "application/json")
    if token:
        request.add_header("Authorization", "Bearer " + token)
    with urllib.request.urlopen(request, timeout=30) as response:
        return json.loads(response.read())


def main():
    url, members, out = sys.argv[1], int(sys.argv[2]), sys.argv[3]
    with open(out, "w") as lines:
        for n in range(members):
            signed = call(url, "POST", "/api/auth/signup", {"email": f"member{n}@bench.example", "password": "bench password"})
            token = signed["access_token"]
            clinic = call(url, "POST", "/api/clinics", {"name": f"Clinic {n}"}, token)
            lines.write(f"{token}\t{clinic['id']}\t{signed['user']['id']}\n")


main()
