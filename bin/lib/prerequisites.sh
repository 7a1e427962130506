# Sourced by bin/run and bin/test: installs what the project needs from Debian's packages when it
# is missing, so a fresh Debian machine needs nothing done by hand.

as_root() {
  if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi
}

apt_install() {
  echo "Installing $* from Debian's packages..."
  as_root apt-get update -qq
  DEBIAN_FRONTEND=noninteractive as_root apt-get install -y -qq "$@" >/dev/null
}

ensure_java_and_maven() {
  if ! command -v java >/dev/null || ! java -version 2>&1 | grep -Eq 'version "(1[7-9]|2[0-9])'; then
    apt_install openjdk-17-jdk-headless
  fi
  command -v mvn >/dev/null || apt_install maven
  command -v curl >/dev/null || apt_install curl
  # The web module's build fetches the UI's browser code (keycloak-js) with npm.
  command -v npm >/dev/null || apt_install npm
}

# Headless Chromium and its driver for the browser tests (Debian's own; no browser download).
ensure_chromium() {
  command -v chromium >/dev/null && command -v chromedriver >/dev/null || apt_install chromium chromium-driver
}

# PostgreSQL on 127.0.0.1:5432 for the end-to-end tests (or for running on PostgreSQL).
ensure_postgresql() {
  local host=${PGHOST:-127.0.0.1} port=${PGPORT:-5432}
  if command -v pg_isready >/dev/null && pg_isready -q -h "$host" -p "$port"; then
    return
  fi
  if [ "$host" != 127.0.0.1 ] && [ "$host" != localhost ]; then
    echo "PostgreSQL at $host:$port is not answering." >&2
    return 1
  fi
  if [ -z "$(ls /etc/postgresql 2>/dev/null)" ]; then
    apt_install postgresql
    local fresh=1
  fi
  local version
  version=$(ls /etc/postgresql | sort -V | tail -n 1)
  echo "Starting PostgreSQL $version..."
  as_root pg_ctlcluster --skip-systemctl-redirect "$version" main start || true
  for _ in $(seq 1 30); do
    pg_isready -q -h "$host" -p "$port" && break
    sleep 1
  done
  pg_isready -q -h "$host" -p "$port" || { echo "PostgreSQL did not start." >&2; return 1; }
  if [ -n "${fresh:-}" ]; then
    # A new cluster asks for passwords on TCP; give the postgres role the one the tests use.
    as_root su postgres -c "psql -q -c \"alter user postgres password '${DYADCARE_IT_DB_PASSWORD:-postgres}'\""
  fi
}
