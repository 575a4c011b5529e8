#!/bin/sh
# Starts the compose stack's Kafka (KRaft, one node) with SASL/SCRAM-SHA-512
# on the listeners clients use: every llmobs service, the Collector and
# loadgen authenticate as user $KAFKA_SCRAM_USER. The SCRAM credential is
# written when the storage is formatted (first start of the kafka-data
# volume): a volume formatted by an older compose (no SCRAM) needs
# `docker compose down -v` once. Replaces the image's own entrypoint,
# which cannot add SCRAM users at format time.
set -eu
: "${KAFKA_SCRAM_USER:=llmobs}"
: "${KAFKA_SCRAM_PASSWORD:?set KAFKA_SCRAM_PASSWORD in deploy/.env (see .env.example)}"
: "${KAFKA_CLUSTER_ID:=bGxtb2JzLWNvbXBvc2UtMQ}"
conf=/tmp/server.properties
jaas="org.apache.kafka.common.security.scram.ScramLoginModule required username=\"$KAFKA_SCRAM_USER\" password=\"$KAFKA_SCRAM_PASSWORD\";"
cat >"$conf" <<PROPS
process.roles=broker,controller
node.id=1
controller.quorum.voters=1@kafka:9093
listeners=INTERNAL://:19092,EXTERNAL://:9092,CONTROLLER://:9093
advertised.listeners=INTERNAL://kafka:19092,EXTERNAL://localhost:9092
listener.security.protocol.map=INTERNAL:SASL_PLAINTEXT,EXTERNAL:SASL_PLAINTEXT,CONTROLLER:PLAINTEXT
inter.broker.listener.name=INTERNAL
controller.listener.names=CONTROLLER
sasl.enabled.mechanisms=SCRAM-SHA-512
sasl.mechanism.inter.broker.protocol=SCRAM-SHA-512
listener.name.internal.scram-sha-512.sasl.jaas.config=$jaas
listener.name.external.scram-sha-512.sasl.jaas.config=$jaas
log.dirs=/var/lib/kafka/data
offsets.topic.replication.factor=1
transaction.state.log.replication.factor=1
transaction.state.log.min.isr=1
group.initial.rebalance.delay.ms=0
auto.create.topics.enable=false
message.max.bytes=10485760
PROPS
# What the health check (and an operator's kafka-*.sh) connect with.
cat >/tmp/client.properties <<PROPS
security.protocol=SASL_PLAINTEXT
sasl.mechanism=SCRAM-SHA-512
sasl.jaas.config=$jaas
PROPS
/opt/kafka/bin/kafka-storage.sh format --ignore-formatted -t "$KAFKA_CLUSTER_ID" -c "$conf" \
	--add-scram "SCRAM-SHA-512=[name=$KAFKA_SCRAM_USER,password=$KAFKA_SCRAM_PASSWORD]"
exec /opt/kafka/bin/kafka-server-start.sh "$conf"
