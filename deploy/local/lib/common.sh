# Shared by every script under deploy/local: paths, the JDK, pid files and waiting.
# shellcheck shell=bash
# Sourced, never executed; the caller has already done `set -euo pipefail`.
# shellcheck disable=SC2034 # the variables below are used by the scripts that source this file

LOCAL_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
ROOT="$(cd "$LOCAL_DIR/../.." && pwd)"
# Everything a local run creates lives here (git-ignored), so `down --wipe` and a fresh clone agree.
# NETZWERK_RUN_DIR moves it, so that a test can run a broker of its own beside the local run.
RUN_DIR="${NETZWERK_RUN_DIR:-$LOCAL_DIR/.run}"
LOG_DIR="$RUN_DIR/logs"
PID_DIR="$RUN_DIR/pids"
# Kafka's topics must agree with the databases: the facts engagement-service keeps are the history on its topics.
# The databases live in the machine's PostgreSQL cluster, outside every checkout, so the local broker's data lives
# outside too (NETZWERK_DATA_HOME, else $XDG_DATA_HOME/netzwerk): a fresh clone meets the events its databases were
# built from. A broker of a test's own (NETZWERK_RUN_DIR) keeps its data in its run directory.
if [ -n "${NETZWERK_RUN_DIR:-}" ]; then
    KAFKA_STATE_DIR="$RUN_DIR"
else
    KAFKA_STATE_DIR="${NETZWERK_DATA_HOME:-${XDG_DATA_HOME:-$HOME/.local/share}/netzwerk}"
fi

# Service name, HTTP port and database suffix. The order is the start order.
SERVICES="partner-service:8081:partner meeting-service:8082:meeting task-service:8083:task engagement-service:8084:engagement"

# Health, metrics, the OpenAPI document and Swagger UI are on each service's management port: its API port + 1000.
management_port() { printf '%s\n' "$(( $1 + 1000 ))"; }

# JVM flags for the services, kept in one place: small heaps and the serial collector suit a 2-core
# machine that runs four services, Kafka and PostgreSQL at once, and every part of the JVM's memory has its limit,
# as in deploy/k8s (a container's limit counts all of it, not only the heap). Metaspace is capped above what it uses
# (~70 MB; ~12 MB beside an ahead-of-time cache): the compressed class space, sized from the cap, must hold the cache
# (~130 MB), else the JVM cannot write it. NETZWERK_SERVICE_JAVA_OPTS replaces them.
JVM_MEMORY_LIMITS="-XX:MaxMetaspaceSize=256m -XX:ReservedCodeCacheSize=64m -XX:MaxDirectMemorySize=64m"
SERVICE_JAVA_OPTS="${NETZWERK_SERVICE_JAVA_OPTS:--Xmx192m $JVM_MEMORY_LIMITS -XX:+UseSerialGC}"

# The flags for one service. engagement-service holds batches of up to 2,000 events and assesses partners in
# chunks: in 256 MB a backlog kept it in full collections (measured with deploy/local/bench/engagement-throughput).
service_java_opts() {
    if [ "$1" = engagement-service ] && [ -z "${NETZWERK_SERVICE_JAVA_OPTS:-}" ]; then
        printf '%s\n' "-Xmx512m $JVM_MEMORY_LIMITS -XX:+UseSerialGC"
    else
        printf '%s\n' "$SERVICE_JAVA_OPTS"
    fi
}

# The JDK's ahead-of-time cache (JDK 25: JEP 483, 514, 515): the classes a service loaded and linked and the
# profiles of its methods, recorded by one run and mapped by the next, which starts in about half the time and
# reaches full speed sooner. The first instance of a module records when no cache matches its build (written when
# it stops with TERM, so not after a kill); a cache older than any file of the build is recorded anew. Other
# instances only use one. NETZWERK_LOCAL_AOT_CACHE=off, or a JDK before 25, starts without.
aot_cache_opts() {
    local module="$1" instance="$2" cache="$RUN_DIR/aot/$1.aot" app
    [ "${NETZWERK_LOCAL_AOT_CACHE:-on}" = on ] && [ "$(java_major "$JAVA_HOME/bin/java")" -ge 25 ] || return 0
    app="$(dirname "$(jar_of "$module")")"
    if [ -f "$cache" ] && [ -z "$(find "$app" -newer "$cache" -print -quit)" ]; then
        printf '%s\n' "-XX:AOTCache=$cache"
    elif [ "$instance" = "$module" ]; then
        mkdir -p "$RUN_DIR/aot"
        rm -f "$cache"
        touch "$RUN_DIR/aot/$instance.recording"
        printf '%s\n' "-XX:AOTCacheOutput=$cache"
    fi
}

FRONT_DOOR=http://127.0.0.1:8080

jar_of() { printf '%s/%s/target/quarkus-app/quarkus-run.jar\n' "$ROOT" "$1"; }

# start_service MODULE PORT DB [INSTANCE]: starts one service of the local run in the background, its pid file and
# log named INSTANCE (default: the module's name; a second instance of a module gets a name and port of its own and
# shares the database and consumer groups, as a second pod would). Does nothing if it runs already.
start_service() {
    local module="$1" port="$2" db="$3" instance="${4:-$1}" jar p
    jar="$(jar_of "$module")"
    if pid_alive "$instance" "$jar"; then
        say "$instance: already running (pid $(cat "$PID_DIR/$instance.pid"))"
        return 0
    fi
    for p in "$port" "$(management_port "$port")"; do
        ! port_open "$p" || die "$instance: port $p is in use by a process this script did not start; stop it first"
    done
    # The services verify bearer tokens with the development public key, given inline (one line, no PEM armour).
    # The local run lets each caller make many requests a second, so that the benchmarks measure the services,
    # not the limiter; production keeps the default of application.properties. Browser apps on
    # NETZWERK_LOCAL_CORS_ORIGINS may call the API (CORS, issue 16): the SPA dev server by default.
    local oidc_public_key
    oidc_public_key="$(grep -v -- '-----' "$LOCAL_DIR/dev-keys/public.pem" | tr -d '\r\n ')"
    say "$instance: starting on port $port (management port $(management_port "$port"))"
    # Working directory = the module, as with `quarkus dev`. The JVM flags are split on purpose.
    # shellcheck disable=SC2046
    (cd "$ROOT/$module" && start_background "$instance" env \
        QUARKUS_HTTP_PORT="$port" \
        QUARKUS_MANAGEMENT_PORT="$(management_port "$port")" \
        NETZWERK_RATE_LIMIT_DEFAULTS_REQUESTS="${NETZWERK_LOCAL_RATE_LIMIT:-1000}" \
        NETZWERK_DEADLINE_CLOCK_EVERY="${NETZWERK_LOCAL_DEADLINE_CLOCK_EVERY:-5s}" \
        QUARKUS_DATASOURCE_JDBC_URL="jdbc:postgresql://127.0.0.1:5432/netzwerk_$db" \
        QUARKUS_DATASOURCE_USERNAME=netzwerk \
        QUARKUS_DATASOURCE_PASSWORD=netzwerk-local-dev \
        KAFKA_BOOTSTRAP_SERVERS=127.0.0.1:9092 \
        QUARKUS_OIDC_PUBLIC_KEY="$oidc_public_key" \
        QUARKUS_OIDC_TOKEN_ISSUER=netzwerk-local-dev \
        QUARKUS_HTTP_CORS_ORIGINS="${NETZWERK_LOCAL_CORS_ORIGINS:-http://localhost:5173}" \
        QUARKUS_HTTP_PROXY_PROXY_ADDRESS_FORWARDING=true \
        QUARKUS_HTTP_PROXY_ALLOW_X_FORWARDED=true \
        QUARKUS_HTTP_PROXY_ENABLE_FORWARDED_HOST=true \
        QUARKUS_HTTP_PROXY_TRUSTED_PROXIES=127.0.0.1 \
        NETZWERK_MEETINGS_PUBLIC_BASE_URL="$FRONT_DOOR" \
        java $(service_java_opts "$module") $(aot_cache_opts "$module" "$instance") -jar "$jar")
}

# True if the service on PORT reports ready (its database and its own checks; Kafka is not part of readiness).
service_ready() {
    curl -s --max-time 2 -o - -w '\n%{http_code}' "http://127.0.0.1:$(management_port "$1")/q/health/ready" 2>/dev/null \
        | tr -d '\n ' | grep -Eq '^\{"status":"UP".*200$'
}

# await_service INSTANCE PORT DEADLINE [MODULE]: waits until the instance is ready, dies with its log's tail if it
# exits or the deadline (seconds since the epoch) passes.
await_service() {
    local instance="$1" port="$2" deadline="$3" module="${4:-$1}"
    until service_ready "$port"; do
        if ! pid_alive "$instance" "$(jar_of "$module")"; then
            log_tail "$instance"
            die "$instance exited during start-up (log tail above; full log $LOG_DIR/$instance.log)"
        fi
        if [ "$(date +%s)" -ge "$deadline" ]; then
            log_tail "$instance"
            die "$instance was not ready by the deadline (log tail above; it keeps running: deploy/local/down stops everything)"
        fi
        sleep 1
    done
    say "$instance: ready"
}

# run_local_program SOURCE CLASSPATH [ARGUMENTS…]: compiles the program SOURCE (a path under deploy/local, e.g.
# demo/DemoNetwork.java) with what the programs share — the JSON reader, the REST calls and a network's addresses
# (acceptance-test/Json.java, Api.java, Urls.java) — into .run/acceptance-classes/<its name> and runs it with CLASSPATH
# (may be empty). Compiled rather than run as a single source file: the JDK 21 launcher cannot take a second source file.
run_local_program() {
    local source="$1" classpath="$2" main classes
    main="$(basename "$1" .java)"
    classes="$RUN_DIR/acceptance-classes/$main"
    shift 2
    rm -rf "$classes"
    mkdir -p "$classes"
    javac -nowarn -d "$classes" ${classpath:+-cp "$classpath"} "$LOCAL_DIR/$source" \
        "$LOCAL_DIR"/acceptance-test/{Json,Api,Urls}.java || die "could not compile deploy/local/$source"
    exec java -Dorg.slf4j.simpleLogger.defaultLogLevel=warn -cp "$classes${classpath:+:$classpath}" "$main" "$@"
}

# run_acceptance_program MAIN CLASSPATH [ARGUMENTS…]: run_local_program for the program MAIN of
# deploy/local/acceptance-test.
run_acceptance_program() {
    local main="$1"
    shift
    run_local_program "acceptance-test/$main.java" "$@"
}

say() { printf '%s\n' "$*"; }
die() { printf 'error: %s\n' "$*" >&2; exit 1; }

# Prints the major version of the java binary given (8 for "1.8.0_…", 21 for "21.0.5"), or 0 when
# there is no javac beside it: Maven needs a full JDK, not just a runtime.
java_major() {
    local v
    [ -x "$(dirname "$1")/javac" ] || { printf '0\n'; return 0; }
    v="$("$1" -version 2>&1 | sed -n 's/.*version "\([^"]*\)".*/\1/p' | head -n 1)"
    case "$v" in
        1.*) v="${v#1.}" ;;
    esac
    v="${v%%[!0-9]*}"
    printf '%s\n' "${v:-0}"
}

# Sets and exports JAVA_HOME to a JDK >= 21 and puts its bin/ first on PATH. The machine's default
# java may be older (17), so fall back to the newest JDK under /usr/lib/jvm.
find_jdk() {
    local found="" candidate major best="" best_major=0
    if [ -n "${JAVA_HOME:-}" ] && [ -x "$JAVA_HOME/bin/java" ]; then
        major="$(java_major "$JAVA_HOME/bin/java")"
        found="$found $JAVA_HOME/bin/java (${major/#0/no JDK})"
        if [ "$major" -ge 21 ]; then best="$JAVA_HOME"; best_major="$major"; fi
    fi
    if [ -z "$best" ] && command -v java >/dev/null 2>&1; then
        candidate="$(readlink -f "$(command -v java)")"
        major="$(java_major "$candidate")"
        found="$found $candidate (${major/#0/no JDK})"
        # JAVA_HOME is two levels above bin/java.
        if [ "$major" -ge 21 ]; then best="$(dirname "$(dirname "$candidate")")"; best_major="$major"; fi
    fi
    if [ -z "$best" ]; then
        for candidate in /usr/lib/jvm/*/bin/java; do
            [ -x "$candidate" ] || continue
            major="$(java_major "$candidate")"
            found="$found $candidate (${major/#0/no JDK})"
            if [ "$major" -ge 21 ] && [ "$major" -gt "$best_major" ]; then
                best="$(dirname "$(dirname "$candidate")")"; best_major="$major"
            fi
        done
    fi
    if [ -z "$best" ]; then
        die "Netzwerk needs a JDK 21 or newer; found only:${found:- no java at all}; install e.g. Debian's openjdk-21-jdk or a Temurin JDK under /usr/lib/jvm"
    fi
    JAVA_HOME="$best"
    PATH="$JAVA_HOME/bin:$PATH"
    export JAVA_HOME PATH
}

# True if process PID exists and has not exited. An exited process whose parent (our script) is gone
# stays a zombie until init reaps it, which can take seconds; kill -0 alone would count it as running.
running() {
    local state
    state="$(ps -o stat= -p "$1" 2>/dev/null)" || return 1
    case "$state" in Z*|"") return 1 ;; esac
}

# True if the pid file NAME exists and names a live process whose command line contains MARKER.
# The marker guards against a recycled pid after a reboot: we only ever act on our own processes.
pid_alive() {
    local name="$1" marker="$2" pid
    pid="$(cat "$PID_DIR/$name.pid" 2>/dev/null)" || return 1
    [ -n "$pid" ] && running "$pid" || return 1
    tr '\0' ' ' <"/proc/$pid/cmdline" 2>/dev/null | grep -qF -- "$marker"
}

# Starts a background process that outlives this script: stdout/stderr to .run/logs/NAME.log
# (appended, so earlier runs stay readable), its pid to .run/pids/NAME.pid.
start_background() {
    local name="$1"; shift
    mkdir -p "$LOG_DIR" "$PID_DIR"
    printf '\n===== %s: starting %s =====\n' "$(date '+%F %T')" "$name" >>"$LOG_DIR/$name.log"
    # nohup and env both exec, so $! is the pid of the java process itself.
    nohup "$@" </dev/null >>"$LOG_DIR/$name.log" 2>&1 &
    echo $! >"$PID_DIR/$name.pid"
}

# Stops the process of pid file NAME (if it is ours and alive): TERM, up to ~20 s (90 s while it writes its ahead-of-time cache), then KILL.
stop_by_pidfile() {
    local name="$1" marker="$2" pid
    if [ ! -f "$PID_DIR/$name.pid" ]; then
        say "$name: not running (no pid file)"
        return 0
    fi
    pid="$(cat "$PID_DIR/$name.pid")"
    if ! pid_alive "$name" "$marker"; then
        say "$name: not running (stale pid file removed)"
        rm -f "$PID_DIR/$name.pid"
        return 0
    fi
    # A JVM recording its ahead-of-time cache writes it on the way out (aot_cache_opts): that takes a while.
    local seconds=20 recording="$RUN_DIR/aot/$name.recording"
    if [ -f "$recording" ]; then
        seconds=90
        say "$name: stopping; it writes its ahead-of-time cache first (up to $seconds s)"
    fi
    kill -TERM "$pid" 2>/dev/null || true
    for _ in $(seq 1 $((seconds * 5))); do
        running "$pid" || break
        sleep 0.2
    done
    if running "$pid"; then
        say "$name: did not stop within $seconds s, sending KILL to pid $pid"
        kill -KILL "$pid" 2>/dev/null || true
        sleep 0.5
    fi
    rm -f "$PID_DIR/$name.pid" "$recording"
    say "$name: stopped (pid $pid)"
}

# Prints the last lines that the latest start of NAME wrote (from its "=====" marker on) to stderr.
log_tail() {
    { tac "$LOG_DIR/$1.log" | sed '/^===== /q' | tac | tail -n 40 >&2; } || true
}

# True if something accepts TCP connections on 127.0.0.1:PORT (bash's /dev/tcp, no extra tools).
port_open() {
    (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null
}
