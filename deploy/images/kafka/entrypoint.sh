#!/bin/bash
# Writes /etc/kafka/server.properties from the environment, formats the KRaft storage on first start, then runs
# the broker as PID 1 (SIGTERM stops it cleanly). The same properties as deploy/scripts/kafka.sh.
#   KAFKA_NODE_ID           1
#   KAFKA_LISTEN_HOST       0.0.0.0 (compose, with host networking, sets 127.0.0.1: nothing outside the server)
#   KAFKA_PORT              9092 (clients);  KAFKA_CONTROLLER_PORT  KAFKA_PORT + 1
#   KAFKA_ADVERTISED_HOST   127.0.0.1 (what clients are told to connect to: in Kubernetes the pod's DNS name)
#   KAFKA_CLUSTER_ID        a fixed cluster id (22 characters, base64url); random on first start by default
#   KAFKA_NUM_PARTITIONS    4 (partitions of topics the services create: at most that many graders share the work)
#   KAFKA_HEAP_OPTS         -Xms128m -Xmx512m
#   KAFKA_LOG_LEVEL         info (slf4j-simple: trace, debug, info, warn, error)
#   KAFKA_CFG_<NAME>        any other broker property, e.g. KAFKA_CFG_LOG_RETENTION_HOURS=48 -> log.retention.hours=48
set -euo pipefail
node_id=${KAFKA_NODE_ID:-1}
host=${KAFKA_LISTEN_HOST:-0.0.0.0}
port=${KAFKA_PORT:-9092}
controller=${KAFKA_CONTROLLER_PORT:-$((port + 1))}
advertised=${KAFKA_ADVERTISED_HOST:-127.0.0.1}
data=/var/lib/kafka/data
config=/etc/kafka/server.properties
classpath="/opt/kafka/libs/*"

{
  cat <<PROPS
process.roles=broker,controller
node.id=$node_id
controller.quorum.voters=$node_id@127.0.0.1:$controller
listeners=PLAINTEXT://$host:$port,CONTROLLER://127.0.0.1:$controller
advertised.listeners=PLAINTEXT://$advertised:$port
controller.listener.names=CONTROLLER
listener.security.protocol.map=PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT
inter.broker.listener.name=PLAINTEXT
log.dirs=$data
num.partitions=${KAFKA_NUM_PARTITIONS:-4}
offsets.topic.replication.factor=1
offsets.topic.num.partitions=4
transaction.state.log.replication.factor=1
transaction.state.log.min.isr=1
share.coordinator.state.topic.replication.factor=1
share.coordinator.state.topic.min.isr=1
group.initial.rebalance.delay.ms=0
PROPS
  env | LC_ALL=C sort | while IFS='=' read -r name value; do
    case "$name" in
      KAFKA_CFG_*) key=${name#KAFKA_CFG_}; key=${key,,}; echo "${key//_/.}=$value" ;;
    esac
  done
} > "$config"

if [ ! -f "$data/meta.properties" ]; then
  cluster_id=${KAFKA_CLUSTER_ID:-$(java -cp "$classpath" kafka.tools.StorageTool random-uuid)}
  echo "kafka-entrypoint: formatting KRaft storage in $data (cluster $cluster_id)" >&2
  java -cp "$classpath" kafka.tools.StorageTool format -t "$cluster_id" -c "$config" >&2
fi
echo "kafka-entrypoint: starting broker $node_id on $host:$port (advertised $advertised:$port)" >&2
# shellcheck disable=SC2086  # KAFKA_HEAP_OPTS holds several options
exec java $KAFKA_HEAP_OPTS -XX:+ExitOnOutOfMemoryError \
  -Dorg.slf4j.simpleLogger.defaultLogLevel="${KAFKA_LOG_LEVEL:-info}" -Dorg.slf4j.simpleLogger.showDateTime=true \
  -Dorg.slf4j.simpleLogger.dateTimeFormat="yyyy-MM-dd'T'HH:mm:ss.SSSXXX" -cp "$classpath" kafka.Kafka "$config"
