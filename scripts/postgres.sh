#!/usr/bin/env bash
# A throwaway PostgreSQL for the tests and the AppHost's chain mode, on loopback only:
#   scripts/postgres.sh start       initdb into a new temporary folder, start on a free 127.0.0.1 port,
#                                   print PGDIR=<folder> and CONNECTION=<its superuser's connection string>
#   scripts/postgres.sh stop DIR    stop it (fast shutdown) and delete the folder
# PostgreSQL refuses to run as root, so as root it runs as the "postgres" account Debian's package made.
set -euo pipefail

cmd=${1:?usage: postgres.sh start | stop DIR}
bin=$(dirname "$(compgen -G '/usr/lib/postgresql/*/bin/pg_ctl' | sort -V | tail -1)")
[ -x "$bin/pg_ctl" ] || { echo "postgres.sh: PostgreSQL is not installed (apt-get install postgresql)" >&2; exit 1; }

as_owner() {
  if [ "$(id -u)" -eq 0 ]; then
    # From a folder the postgres account may enter: its tools warn when they cannot return to the caller's.
    (cd /tmp && runuser -u postgres -- "$@")
  else
    "$@"
  fi
}

free_port() {
  local port
  for _ in $(seq 1 50); do
    port=$((20000 + RANDOM % 40000))
    if ! (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then
      echo "$port"
      return
    fi
  done
  echo "postgres.sh: no free port found" >&2
  exit 1
}

case "$cmd" in
  start)
    # A folder of its own under /tmp, which every account can reach, so the postgres account can own it.
    dir=$(mktemp -d /tmp/backleg-pg.XXXXXX)
    [ "$(id -u)" -ne 0 ] || chown postgres: "$dir"
    chmod 700 "$dir"
    password=$(head -c 24 /dev/urandom | base64 | tr -d '/+=')
    as_owner bash -c "umask 077; printf '%s\n' '$password' > '$dir/pwfile'"
    as_owner "$bin/initdb" -D "$dir/data" -U backleg --pwfile="$dir/pwfile" --auth=scram-sha-256 \
      --encoding=UTF8 --locale=C.UTF-8 >"$dir/initdb.log"
    rm -f "$dir/pwfile"
    port=$(free_port)
    # Only loopback, only a socket inside DIR; fsync stays on: the tests prove durability on it.
    as_owner "$bin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 60 \
      -o "-c listen_addresses=127.0.0.1 -c port=$port -c unix_socket_directories='$dir' -c max_connections=300" start >/dev/null
    echo "PGDIR=$dir"
    echo "CONNECTION=Host=127.0.0.1;Port=$port;Username=backleg;Password=$password"
    ;;
  stop)
    dir=${2:?usage: postgres.sh stop DIR}
    if [ -f "$dir/data/postmaster.pid" ]; then
      as_owner "$bin/pg_ctl" -D "$dir/data" -m fast -w stop >/dev/null || true
    fi
    rm -rf "$dir"
    ;;
  *)
    echo "usage: postgres.sh start | stop DIR" >&2
    exit 2
    ;;
esac
