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

devstack_cp="infra/devstack/target/devstack.jar:infra/devstack/target/lib/*"

# The launcher itself lists what it runs from (its table of applications lives in Java, in one place).
build_outputs() {
  java -cp "$devstack_cp" vn.thidua.devstack.Main --build-outputs
}

# Prints why a build is needed, or nothing when everything is built and newer than every pom.xml and source file.
stale_reason() {
  if [[ ! -f infra/devstack/target/devstack.jar ]]; then
    echo "infra/devstack/target/devstack.jar chưa có"
    return
  fi
  local outputs oldest="" output newer
  if ! outputs=$(build_outputs 2>/dev/null) || [[ -z "$outputs" ]]; then
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
  reason=$(stale_reason)
  if [[ -n "$reason" ]]; then
    echo "Đang build thidua ($reason)…"
    echo "Lần build đầu tiên tải các thư viện (~350 MB, khoảng 2 phút); các lần sau nhanh hơn nhiều."
    ./mvnw -B -q -DskipTests package
    # A jar that Maven found up to date keeps its old time; marking them all as built now keeps a change that does
    # not alter a jar (a test, a comment) from triggering a rebuild at every start.
    while IFS= read -r output; do
      if [[ -f "$output" ]]; then touch "$output"; fi
    done < <(build_outputs)
  fi
fi

exec java -cp "$devstack_cp" vn.thidua.devstack.Main ${args[@]+"${args[@]}"}
