# A real PostgreSQL server on 127.0.0.1, for the store, engine and race suites to run
# against as well as against SQLite. It runs as the postgres user from a data folder
# of its own, on a port of its own, and stops when the machine does.
apt_install postgresql

okr_pg_bin="$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -n 1)"
okr_pg_home="$(mktemp -d /tmp/okr-postgres.XXXXXX)"
chown postgres "$okr_pg_home"
su postgres -s /bin/sh -c "'$okr_pg_bin/initdb' -D '$okr_pg_home/data' -U postgres \
  --auth-local=peer --auth-host=scram-sha-256 >'$okr_pg_home/initdb.log'"
# The first free port from 54329 on.
for okr_pg_port in $(seq 54329 54348); do
  if su postgres -s /bin/sh -c "'$okr_pg_bin/pg_ctl' -D '$okr_pg_home/data' -w \
    -l '$okr_pg_home/server.log' \
    -o \"-p $okr_pg_port -k '$okr_pg_home' -c listen_addresses=127.0.0.1\" start" \
    >/dev/null 2>&1; then
    break
  fi
done
# The tests' role makes its own databases; pg_signal_backend lets it drop them at the
# end of a run even while a connection is still open.
su postgres -s /bin/sh -c "psql -h '$okr_pg_home' -p $okr_pg_port -q -v ON_ERROR_STOP=1 \
  -c \"CREATE ROLE okr_test LOGIN CREATEDB PASSWORD 'okr-test'\" \
  -c 'GRANT pg_signal_backend TO okr_test' \
  -c 'CREATE DATABASE okr_test OWNER okr_test'"
export OKR_TEST_POSTGRES_URL="postgresql://okr_test:okr-test@127.0.0.1:$okr_pg_port/okr_test"
echo "PostgreSQL $("$okr_pg_bin/postgres" --version | awk '{print $3}') on 127.0.0.1:$okr_pg_port"
