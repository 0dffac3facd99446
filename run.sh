#!/usr/bin/env bash
# Starts the whole thidua stack on this machine, without Docker: ./run.sh [--no-build] [options]  (--help lists them)
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")"

if ! command -v java >/dev/null 2>&1; then
  echo "Không tìm thấy lệnh java. thidua cần JDK 17 trở lên, ví dụ: sudo apt-get install openjdk-17-jdk" >&2
  echo "(java not found: install a JDK 17 or newer and put it on PATH)" >&2
  exit 1
fi
java_major=$(java -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java.specification.version = \([0-9]*\).*/\1/p')
if [[ -z "$java_major" || "$java_major" -lt 17 ]]; then
  echo "thidua cần Java 17 trở lên; lệnh java ở đây là phiên bản ${java_major:-không rõ}." >&2
  exit 1
fi

build=true
args=()
for arg in "$@"; do
  if [[ "$arg" == "--no-build" ]]; then build=false; else args+=("$arg"); fi
done

devstack_jar=infra/devstack/target/devstack.jar
devstack_cp="$devstack_jar:infra/devstack/target/lib/*"

# The launcher itself lists what it runs from (its table of applications lives in Java, in one place).
build_outputs() {
  java -cp "$devstack_cp" vn.thidua.devstack.Main --build-outputs
}

# Prints why a build is needed, or nothing when everything is built and newer than every pom.xml and source file.
# $1: what build_outputs printed, empty when it could not run.
stale_reason() {
  local outputs=$1 oldest="" output newer
  if [[ ! -f "$devstack_jar" ]]; then
    echo "$devstack_jar chưa có"
    return
  fi
  if [[ -z "$outputs" ]]; then
    echo "infra/devstack/target/ chưa đầy đủ"
    return
  fi
  while IFS= read -r output; do
    if [[ -d "$output" ]]; then
      [[ -n "$(ls -A "$output")" ]] || { echo "$output trống"; return; }
    elif [[ -f "$output" ]]; then
      if [[ -z "$oldest" || "$output" -ot "$oldest" ]]; then oldest="$output"; fi
    else
      echo "$output chưa có"
      return
    fi
  done <<< "$outputs"
  newer=$(find . \( -name .git -o -name .data -o -name target -o -name 'target-*' -o -name node_modules \) -prune \
            -o -type f \( -name pom.xml -o -path '*/src/*' \) -newer "$oldest" -print -quit)
  if [[ -n "$newer" ]]; then
    echo "${newer#./} mới hơn $oldest"
  fi
  return 0
}

if $build; then
  outputs=""
  if [[ -f "$devstack_jar" ]]; then
    outputs=$(build_outputs 2>/dev/null) || outputs=""
  fi
  reason=$(stale_reason "$outputs")
  if [[ -n "$reason" ]]; then
    echo "Đang build thidua ($reason)…"
    echo "Lần build đầu tiên tải các thư viện (~350 MB, khoảng 2 phút); các lần sau nhanh hơn nhiều."
    ./mvnw -B -q -DskipTests package
    # The list read before the build is still right: a jar it does not name (a service added since) is new anyway.
    [[ -n "$outputs" ]] || outputs=$(build_outputs)
    # A jar that Maven found up to date keeps its old time; marking them all as built now keeps a change that does
    # not alter a jar (a test, a comment) from triggering a rebuild at every start.
    while IFS= read -r output; do
      if [[ -f "$output" ]]; then touch "$output"; fi
    done <<< "$outputs"
  fi
elif [[ ! -f "$devstack_jar" || -z "$(ls -A infra/devstack/target/lib 2>/dev/null)" ]]; then
  echo "thidua chưa được build ($devstack_jar hoặc infra/devstack/target/lib/ chưa có), nên --no-build không chạy được." >&2
  echo "Chạy ./run.sh (không có --no-build) để build rồi khởi động, hoặc build trước: ./mvnw -B -DskipTests package" >&2
  exit 1
fi

exec java -cp "$devstack_cp" vn.thidua.devstack.Main ${args[@]+"${args[@]}"}
