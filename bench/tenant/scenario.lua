-- wrk script for bench/tenant.sh: member-scoped reads of the clinic fixture, round-robin over
-- the seeded members.
--
--   wrk ... -s bench/tenant/scenario.lua URL -- SCENARIO ROWS_FILE
--
-- SCENARIO is list | get. ROWS_FILE has one line per member: "<token>\t<clinic id>\t<patient
-- id>,<patient id>,...". Every request is pre-built in init(); consecutive requests go to
-- different members (so to different clinics), and get walks through every patient of each.
-- wrk counts statuses >= 400 itself ("Non-2xx"), which bench/tenant.sh requires to be zero.

local function split(s, sep)
    local out = {}
    for piece in string.gmatch(s, "([^" .. sep .. "]+)") do
        table.insert(out, piece)
    end
    return out
end

local requests = {}
local position = 1

function init(args)
    local scenario, path = args[1], args[2]
    local members = {}
    for line in io.lines(path) do
        local fields = split(line, "\t")
        if #fields >= 3 then
            table.insert(members, { token = fields[1], clinic = fields[2], patients = split(fields[3], ",") })
        end
    end
    assert(#members > 0, "no members in " .. tostring(path))
    local rounds = scenario == "get" and #members[1].patients or 1
    for round = 1, rounds do
        for _, member in ipairs(members) do
            local headers = { ["Authorization"] = "Bearer " .. member.token }
            local target
            if scenario == "list" then
                target = "/api/clinics/" .. member.clinic .. "/patients?limit=20"
            else
                target = "/api/clinics/" .. member.clinic .. "/patients/" .. member.patients[round]
            end
            table.insert(requests, wrk.format("GET", target, headers))
        end
    end
end

function request()
    local r = requests[position]
    position = position % #requests + 1
    return r
end
