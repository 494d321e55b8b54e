-- wrk script for bench/todo.sh: one TODO API scenario, round-robin over the seeded users.
--
--   wrk ... -s bench/todo/scenario.lua URL -- SCENARIO USERS_FILE [lean]
--
-- SCENARIO is list | get | create | toggle. USERS_FILE has one line per user:
-- "<user id>\t<token>\t<task id>,<task id>,...". Every request is pre-built in init() so the
-- Lua side costs a table lookup per request; consecutive requests go to different users, and
-- get/toggle walk through every task of every user. Responses with status >= 300 are counted
-- and the first one is kept as an example; done() prints one machine-readable BENCH line that
-- bench/todo.sh parses.
--
-- With "lean" there is no response() hook: wrk then hands no response to Lua, and non-2xx is
-- wrk's own count of statuses >= 400 (the API under test never answers 3xx). The hook copies
-- every body into Lua; for 12 KB list pages that cost the load generator 5-9% of the
-- benchmark's throughput on a 2-core machine, CPU that pgbench's C client, the ceiling, does not
-- spend. bench/todo.sh measures lean and keeps the hook for its warm-up runs, which catch and
-- show an example of any non-2xx.

local threads = {}
local counter = 0

function setup(thread)
    thread:set("thread_index", counter)
    counter = counter + 1
    table.insert(threads, thread)
end

local function split(s, sep)
    local out = {}
    for piece in string.gmatch(s, "([^" .. sep .. "]+)") do
        table.insert(out, piece)
    end
    return out
end

local requests = {}
local position = 1
non2xx = 0
example = ""

function init(args)
    local scenario, path = args[1], args[2]
    if args[3] == "lean" then
        response = nil
    end
    local users = {}
    for line in io.lines(path) do
        local fields = split(line, "\t")
        if #fields >= 3 then
            table.insert(users, { id = fields[1], token = fields[2], tasks = split(fields[3], ",") })
        end
    end
    assert(#users > 0, "no users in " .. tostring(path))
    local rounds = 1
    if scenario == "get" or scenario == "toggle" then
        rounds = #users[1].tasks
    end
    for round = 1, rounds do
        for _, user in ipairs(users) do
            local headers = { ["Authorization"] = "Bearer " .. user.token }
            local base = "/api/" .. user.id .. "/tasks"
            local task = user.tasks[((round - 1) % #user.tasks) + 1]
            local request
            if scenario == "list" then
                request = wrk.format("GET", base .. "?limit=50", headers)
            elseif scenario == "get" then
                request = wrk.format("GET", base .. "/" .. task, headers)
            elseif scenario == "toggle" then
                request = wrk.format("PATCH", base .. "/" .. task .. "/complete", headers)
            elseif scenario == "create" then
                headers["Content-Type"] = "application/json"
                request = wrk.format("POST", base, headers,
                    '{"title":"bench task","description":"created under load","completed":false}')
            else
                error("unknown scenario " .. tostring(scenario))
            end
            table.insert(requests, request)
        end
    end
    -- Threads start at different users so they do not hit the same rows in lock step.
    position = ((thread_index or 0) * 7919) % #requests + 1
end

function request()
    local r = requests[position]
    position = position + 1
    if position > #requests then
        position = 1
    end
    return r
end

function response(status, headers, body)
    if status >= 300 then
        non2xx = non2xx + 1
        if example == "" then
            example = status .. " " .. string.sub(body or "", 1, 300)
        end
    end
end

function done(summary, latency, requests)
    -- Lean runs count what wrk counts (status >= 400); with the hook the two overlap, so the
    -- larger of them is the count.
    local bad, sample = 0, ""
    for _, thread in ipairs(threads) do
        bad = bad + (thread:get("non2xx") or 0)
        local e = thread:get("example") or ""
        if sample == "" and e ~= "" then
            sample = e
        end
    end
    local e = summary.errors
    bad = math.max(bad, e.status)
    local seconds = summary.duration / 1e6
    io.write(string.format(
        "BENCH rps=%.1f p50_ms=%.3f p99_ms=%.3f requests=%d non2xx=%d socket_errors=%d timeouts=%d\n",
        summary.requests / seconds, latency:percentile(50) / 1000, latency:percentile(99) / 1000,
        summary.requests, bad, e.connect + e.read + e.write, e.timeout))
    if sample ~= "" then
        io.write("BENCH_EXAMPLE " .. string.gsub(sample, "[\r\n]", " ") .. "\n")
    end
end
