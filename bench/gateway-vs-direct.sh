#!/usr/bin/env bash
# Measures what the gateway costs a read: the same GET sent through the gateway and straight to the service, one
# after the other, with wrk (Debian package `wrk`). Needs a running stack (./run.sh) with its demo data.
#
#   bench/gateway-vs-direct.sh [seconds] [connections]
#
# Prints one line per target: requests/s and latency percentiles. Record the numbers in docs/benchmarks.md with
# the machine they were taken on; compare only numbers taken side by side in one run.
set -euo pipefail

seconds=${1:-20}
connections=${2:-16}
gateway=${THIDUA_GATEWAY_URL:-http://localhost:8080}
campaign=${THIDUA_CAMPAIGN_URL:-http://localhost:8081}
publication=${THIDUA_PUBLICATION_URL:-http://localhost:8084}

command -v wrk >/dev/null || { echo "wrk is missing: apt-get install wrk" >&2; exit 2; }
curl -sf "$gateway/api/campaigns?size=1" >/dev/null || { echo "no stack answers at $gateway: start ./run.sh" >&2; exit 2; }

run() {
  local name=$1 url=$2
  # One warm-up run so that both sides are measured with warm JIT and connection pools.
  local threads=$(( connections < 2 ? 1 : 2 ))
  wrk -t"$threads" -c"$connections" -d5s "$url" >/dev/null
  wrk -t"$threads" -c"$connections" -d"${seconds}s" --latency "$url" | awk -v name="$name" '
    /Requests\/sec/ { rps = $2 }
    /^ +50%/ { p50 = $2 } /^ +90%/ { p90 = $2 } /^ +99%/ { p99 = $2 }
    /Non-2xx/ { errors = $NF }
    END { printf "%-44s %10s req/s   p50 %8s   p90 %8s   p99 %8s   non-2xx %s\n", name, rps, p50, p90, p99, errors + 0 }'
}

echo "wrk, up to 2 threads, $connections connections, ${seconds}s per target, $(nproc) cores"
run "campaigns list, direct (campaign-service)" "$campaign/api/campaigns?status=LAUNCHED&size=20"
run "campaigns list, through the gateway" "$gateway/api/campaigns?status=LAUNCHED&size=20"
run "published articles, direct (publication)" "$publication/api/articles?status=PUBLISHED&size=20"
run "published articles, through the gateway" "$gateway/api/articles?status=PUBLISHED&size=20"
run "portal home view (gateway, 5 calls)" "$gateway/api/portal/home"
