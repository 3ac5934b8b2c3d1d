#!/usr/bin/env bash
# A single-node Apache Kafka broker in KRaft mode (no ZooKeeper), from Maven Central's
# org.apache.kafka:kafka_2.13 (resolved by deploy/kafka-broker), data in .pygrade/kafka.
#   kafka.sh start   start it on localhost:${PYGRADE_KAFKA_PORT:-9092} unless it already runs
#   kafka.sh stop    stop the broker these scripts started
# Idempotent.
set -euo pipefail
source "$(dirname "$0")/lib.sh"

action=${1:-start}
port=${PYGRADE_KAFKA_PORT:-9092}
controller=$((port + 1))
home="$STATE/kafka"
pidfile="$STATE/run/kafka.pid"
classpath_file="$ROOT/deploy/kafka-broker/target/classpath.txt"

case "$action" in
  start)
    if pid_alive "$pidfile"; then say "broker already running (pid $(cat "$pidfile")) on port $port"; exit 0; fi
    if (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then
      die "port $port is taken by another process; set PYGRADE_KAFKA_PORT"
    fi
    if [ ! -s "$classpath_file" ]; then
      say "resolving the broker from Maven Central"
      (cd "$ROOT" && ./mvnw -B -q -N install && ./mvnw -B -q -pl deploy/kafka-broker package) >&2
    fi
    classpath=$(cat "$classpath_file")
    mkdir -p "$home"
    cat > "$home/server.properties" <<PROPS
process.roles=broker,controller
node.id=1
controller.quorum.voters=1@127.0.0.1:$controller
listeners=PLAINTEXT://127.0.0.1:$port,CONTROLLER://127.0.0.1:$controller
advertised.listeners=PLAINTEXT://127.0.0.1:$port
controller.listener.names=CONTROLLER
listener.security.protocol.map=PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT
inter.broker.listener.name=PLAINTEXT
log.dirs=$home/data
num.partitions=4
offsets.topic.replication.factor=1
offsets.topic.num.partitions=4
transaction.state.log.replication.factor=1
transaction.state.log.min.isr=1
share.coordinator.state.topic.replication.factor=1
share.coordinator.state.topic.min.isr=1
group.initial.rebalance.delay.ms=0
PROPS
    if [ ! -f "$home/data/meta.properties" ]; then
      say "formatting KRaft storage in $home/data"
      java -cp "$classpath" kafka.tools.StorageTool format -t "$(java -cp "$classpath" kafka.tools.StorageTool random-uuid)" \
        -c "$home/server.properties" >"$STATE/logs/kafka-format.log" 2>&1 || die "formatting failed; see $STATE/logs/kafka-format.log"
    fi
    say "starting the broker on port $port (log: $STATE/logs/kafka.log)"
    setsid nohup java -Xms128m -Xmx512m -cp "$classpath" kafka.Kafka "$home/server.properties" \
      >"$STATE/logs/kafka.log" 2>&1 < /dev/null &
    echo $! > "$pidfile"
    wait_for_port "$port" "Kafka broker" 60
    say "broker is up on localhost:$port"
    ;;
  stop)
    if pid_alive "$pidfile"; then
      kill "$(cat "$pidfile")"
      for _ in $(seq 150); do pid_alive "$pidfile" || break; sleep 0.2; done
      pid_alive "$pidfile" && kill -9 "$(cat "$pidfile")"
      say "broker stopped"
    else
      say "no broker started by these scripts is running"
    fi
    rm -f "$pidfile"
    ;;
  *) die "usage: kafka.sh start|stop" ;;
esac
