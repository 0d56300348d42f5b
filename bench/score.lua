-- wrk script: POST one complete PermenPANRB 59/2020 assessment (47 levels) to the scoring API.
-- Used by bench/load-score.sh:
--   wrk -s bench/score.lua http://localhost:18080/api/v1/frameworks/permenpanrb-59-2020/score
-- The levels are a fixed, realistic mix of 1-5 (mostly 2-4), the same on every request.

local levels = {
  3, 4, 3, 2, 3, 3, 4, 2, 3, 3,   -- indicators 1-10  (aspect A1)
  2, 3, 3, 2, 4, 3, 2, 3, 1, 2,   -- indicators 11-20 (A2, A3, A4)
  3, 2, 3, 4, 3, 2, 2, 3, 3, 2,   -- indicators 21-30 (A5, A6)
  1, 4, 4, 3, 5, 3, 4, 3, 2, 4,   -- indicators 31-40 (A6, A7)
  3, 4, 3, 4, 5, 3, 4             -- indicators 41-47 (A7, A8)
}

local parts = {}
for i, level in ipairs(levels) do
  parts[#parts + 1] = string.format('"%d":%d', i, level)
end

wrk.method = "POST"
wrk.body = '{"levels":{' .. table.concat(parts, ",") .. '}}'
wrk.headers["Content-Type"] = "application/json"
wrk.headers["Accept"] = "application/json"
